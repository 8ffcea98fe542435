package io.taoxi.jobs.ingest.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.demo.DocCodeDemoFiles;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taoxi ingest} in local[2] over the demo's documents and code plus the hostile documents. */
class DocCodeIngestStageTest {
    @TempDir
    Path dir;

    @Test
    void documentsCodeAndHostileInputsKeepTheInvariant() throws Exception {
        SparkSession spark = TestSpark.session();
        List<Path> files = DocCodeDemoFiles.write(dir.resolve("demo"), 7);
        assertEquals(files, DocCodeDemoFiles.write(dir.resolve("demo2"), 7).stream()
                .map(p -> dir.resolve("demo").resolve(dir.resolve("demo2").relativize(p))).toList());
        for (Path p : files) {
            assertTrue(Files.mismatch(p, dir.resolve("demo2").resolve(dir.resolve("demo").relativize(p))) < 0, p.toString());
        }
        IngestSpec spec = new IngestSpec(List.of(
                new InputSpec(dir.resolve("demo/docs").toString(), "doc"),
                new InputSpec(DocFixtures.hostile().toString(), "doc"),
                new InputSpec(dir.resolve("demo/code").toString(), "code")), null, null, null);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StageResult result = new StageRunner(spark, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(new IngestStage(spec), dir.resolve("out/ingest").toString());
        JsonNode m = result.manifest();
        assertTrue(m.path("invariant_holds").asBoolean(), m.toString());
        Map<String, Long> reasons = new TreeMap<>();
        m.path("by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().path("docs").asLong()));
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("doc_unsafe_member_path", 1L), Map.entry("doc_zip_bomb", 1L), Map.entry("doc_xml_entities", 2L),
                Map.entry("doc_encrypted", 1L), Map.entry("doc_parse_error", 1L), Map.entry("doc_undecodable_text", 1L),
                Map.entry("code_vendored", 2L), Map.entry("code_generated", 1L), Map.entry("code_minified", 1L),
                Map.entry("code_lock_file", 2L), Map.entry("code_binary", 1L), Map.entry("code_unknown_language", 2L),
                Map.entry("code_unsafe_member_path", 1L)));
        assertEquals(expected, reasons, m.path("by_reason").toString());
        // docs: 6 files + 4 good zip members; code: calendar.py, test, widget.ts, README + 2 Go files.
        assertEquals(10 + 6, result.count("kept"));
        List<Row> kept = spark.read().parquet(dir.resolve("out/ingest/kept").toString())
                .filter("source = 'code' and code_language = 'Python' and title = 'rili/calendar.py'").collectAsList();
        assertEquals(1, kept.size());
        assertEquals("MIT", kept.get(0).getAs("license_spdx"));
        assertTrue(kept.get(0).<Double>getAs("cjk_comment_frac") > 0.5);
        List<Row> pdf = spark.read().parquet(dir.resolve("out/ingest/kept").toString())
                .filter("content_type = 'application/pdf'").collectAsList();
        assertEquals("陶溪编辑部", pdf.get(0).getAs("author"));
        assertEquals(1, (int) pdf.get(0).<Integer>getAs("page_count"));
    }
}
