package io.taoxi.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.web.TestWarcs;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageException;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage end to end in local[2]: outcomes per reason, invariant, skip, restart. */
class IngestStageTest {
    @TempDir
    static Path dir;
    static Path input;
    static SparkSession spark;

    @BeforeAll
    static void setUp() throws IOException {
        spark = TestSpark.session();
        input = dir.resolve("web");
        TestWarcs.writeMixedCorpus(input);
    }

    private static IngestSpec spec() {
        return new IngestSpec(List.of(new InputSpec(input.toString(), "web")), null, null, null);
    }

    private static StageResult run(Stage stage, Path out) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return new StageRunner(spark, new PrintStream(log, true, StandardCharsets.UTF_8)).run(stage, out.toString());
    }

    @Test
    void everyRecordIsKeptDroppedOrQuarantinedAndTheInvariantHolds() {
        Path out = dir.resolve("run1/ingest");
        StageResult result = run(new IngestStage(spec()), out);
        JsonNode m = result.manifest();
        assertTrue(m.path("invariant_holds").asBoolean());
        long in = m.path("counts").path("in").path("docs").asLong();
        assertEquals(in, result.count("kept") + result.count("dropped") + result.count("quarantined"));

        Map<String, Long> reasons = new TreeMap<>();
        m.path("by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().path("docs").asLong()));
        assertEquals(TestWarcs.EXPECTED_REASONS, reasons);
        assertEquals(TestWarcs.EXPECTED_KEPT, result.count("kept"));

        Dataset<Row> kept = spark.read().parquet(out.resolve("kept").toString());
        assertEquals(TestWarcs.EXPECTED_KEPT, kept.count());
        List<Row> zh = kept.filter("url = 'https://news.example.cn/2026/lib.html'").collectAsList();
        assertEquals(1, zh.size());
        String text = zh.get(0).getAs("text");
        assertTrue(text.contains("古籍修复展示区"), text);
        assertFalse(text.contains("京ICP备"), text);
        assertEquals("UTF-8", zh.get(0).getAs("charset"));

        Dataset<Row> quarantine = spark.read().parquet(out.resolve("quarantine").toString());
        for (Row r : quarantine.collectAsList()) {
            assertTrue(r.<String>getAs("source_file").startsWith("web/"));
            assertTrue(r.<String>getAs("error_message").length() > 10);
        }
        Dataset<Row> dropped = spark.read().parquet(out.resolve("dropped").toString());
        assertEquals(result.count("dropped"), dropped.filter("reason is not null").count());
        assertEquals(TestWarcs.FILES, spark.read().parquet(out.resolve("sources").toString()).count());

        Set<String> ids = new HashSet<>();
        for (Dataset<Row> d : List.of(kept, dropped, quarantine)) {
            d.select("id").collectAsList().forEach(r -> assertTrue(ids.add(r.getString(0)), "duplicate id"));
        }
    }

    @Test
    void theTextColumnIsWrittenWithoutDictionaryOrStatisticsAndTheOthersKeepThem() throws IOException {
        Path out = dir.resolve("run5/ingest");
        run(new IngestStage(spec()), out);
        int checked = 0;
        try (var files = Files.list(out.resolve("kept"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(
                        new org.apache.hadoop.fs.Path(f.toUri()), new org.apache.hadoop.conf.Configuration()))) {
                    for (var block : r.getFooter().getBlocks()) {
                        for (ColumnChunkMetaData c : block.getColumns()) {
                            String column = c.getPath().toDotString();
                            if (column.equals("text")) {
                                assertFalse(c.getEncodings().contains(Encoding.PLAIN_DICTIONARY), c.getEncodings().toString());
                                assertFalse(c.getEncodings().contains(Encoding.RLE_DICTIONARY), c.getEncodings().toString());
                                assertTrue(c.getStatistics().isEmpty(), c.getStatistics().toString());
                                checked++;
                            } else if (column.equals("url")) {
                                assertFalse(c.getStatistics().isEmpty(), "url keeps its min/max statistics");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "no text column chunk found in " + out.resolve("kept"));
    }

    @Test
    void aCurrentStageIsSkippedAndAnInterruptedOneRunsAgainWithTheSameIds() throws IOException {
        Path out = dir.resolve("run2/ingest");
        StageResult first = run(new IngestStage(spec()), out);
        assertFalse(first.skipped());
        StageResult second = run(new IngestStage(spec()), out);
        assertTrue(second.skipped());
        assertEquals(first.manifest().path("config_hash"), second.manifest().path("config_hash"));

        Set<String> before = ids(out);
        // A run killed while writing leaves OUT.inprogress behind and no new manifest.
        Path leftover = dir.resolve("run2/ingest.inprogress/kept");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("part-00000-partial.parquet"), "half a file");
        Files.delete(out.resolve("manifest.json"));
        StageResult third = run(new IngestStage(spec()), out);
        assertFalse(third.skipped());
        assertFalse(Files.exists(dir.resolve("run2/ingest.inprogress")));
        assertEquals(before, ids(out));
    }

    @Test
    void aChangedSpecRunsAgain() {
        Path out = dir.resolve("run3/ingest");
        StageResult first = run(new IngestStage(spec()), out);
        IngestSpec other = new IngestSpec(spec().inputs(), null, false, null);
        StageResult again = run(new IngestStage(other), out);
        assertFalse(again.skipped());
        assertFalse(first.manifest().path("config_hash").equals(again.manifest().path("config_hash")));
        // Digests unchecked: the record with a wrong WARC-Block-Digest is now read and kept.
        assertFalse(again.manifest().path("by_reason").has("block_digest_mismatch"));
        assertEquals(TestWarcs.EXPECTED_KEPT + 1, again.count("kept"));
    }

    @Test
    void aViolatedInvariantFailsAndPublishesNothing() {
        Path out = dir.resolve("run4/ingest");
        Stage lying = new IngestStage(spec()) {
            @Override
            public long countIn(SparkSession s, Dataset<Row> outcomes, long sourceRecords) {
                return super.countIn(s, outcomes, sourceRecords) + 1;
            }
        };
        StageException e = assertThrows(StageException.class, () -> run(lying, out));
        assertTrue(e.getMessage().contains("invariant violated"), e.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("run4/ingest.inprogress")));
    }

    private static Set<String> ids(Path out) {
        Set<String> ids = new HashSet<>();
        for (String part : List.of("kept", "dropped", "quarantine")) {
            spark.read().parquet(out.resolve(part).toString()).select("id").collectAsList()
                    .forEach(r -> ids.add(r.getString(0)));
        }
        return ids;
    }

}
