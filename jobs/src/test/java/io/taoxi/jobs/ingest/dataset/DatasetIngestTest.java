package io.taoxi.jobs.ingest.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.jobs.testing.TestSpark;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset readers end to end through IngestStage and StageRunner (local[2]): counts per reason, invariant. */
class DatasetIngestTest {
    @TempDir
    static Path dir;

    @Test
    void jsonLinesWithSidecarOptionsAndHostileLines() {
        Path in = IngestFixtures.copy("dataset/jsonl", dir);
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-jsonl/ingest"), "web", in.toString(), "jsonl");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("empty_text", 2L, "json_malformed_line", 1L, "missing_text_column", 1L,
                "text_not_a_string", 1L, "undecodable_bytes", 1L), r.reasons());
        assertEquals(4, r.kept().size());
        Row zh = r.keptWith("长江");
        assertEquals("https://wiki.example.cn/river", zh.getAs("url"));
        assertEquals("zh", zh.getAs("lang_hint"));
        assertEquals(0L, (long) zh.getAs("source_offset"));
        assertEquals("zh-1", zh.getAs("external_id"), "id_column → external_id");
        Row ko = r.keptWith("지하철");
        assertEquals(null, ko.<String>getAs("url"));
        assertEquals("ko-1", ko.getAs("external_id"));
        Row bad = r.quarantined().stream().filter(q -> "undecodable_bytes".equals(q.getAs("reason"))).findFirst()
                .orElseThrow();
        assertTrue(bad.<String>getAs("error_message").contains("line 11"), bad.<String>getAs("error_message"));
    }

    @Test
    void compressedJsonLinesAndATruncatedGzip() throws IOException {
        Path src = IngestFixtures.copy("dataset/jsonl", dir.resolve("z-src"));
        byte[] plain = Files.readAllBytes(src.resolve("docs.jsonl"));
        int cut = 0;
        for (int lines = 0; lines < 4; cut++) {
            if (plain[cut] == '\n') {
                lines++;
            }
        }
        byte[] clean = Arrays.copyOf(plain, cut); // the four good rows
        Path in = dir.resolve("jsonl-z");
        Files.createDirectories(in);
        try (OutputStream out = new com.github.luben.zstd.ZstdOutputStream(Files.newOutputStream(in.resolve("a.jsonl.zst")))) {
            out.write(clean);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.jsonl.gz")))) {
            out.write(clean);
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(clean);
        }
        Files.write(in.resolve("c.jsonl.gz"), Arrays.copyOf(gz.toByteArray(), gz.size() - 5)); // trailer cut
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-jsonl-z/ingest"), "web", in.toString(), "jsonl");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("truncated_file", 1L), r.reasons());
        // all four rows of a and b; c's rows decode before the cut trailer is noticed
        assertEquals(12, r.kept().size());
        Row second = r.kept().stream().filter(k -> k.<String>getAs("source_file").endsWith("a.jsonl.zst")
                && k.<String>getAs("text").startsWith("富士山")).findFirst().orElseThrow();
        assertEquals(0L, (long) second.getAs("source_offset"));
        assertTrue(second.<Long>getAs("source_inner_offset") > 0);
    }

    @Test
    void csvAndGbkTsvWithQuotedNewlines() {
        Path in = IngestFixtures.copy("dataset/csv", dir);
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-csv/ingest"), "web", in.toString(), "csv");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("csv_malformed_row", 1L, "empty_text", 1L), r.reasons());
        assertEquals(6, r.kept().size());
        Row spring = r.keptWith("春联");
        assertEquals("春节是农历新年。\n人们会贴春联、吃饺子，说\"新年好\"。", spring.getAs("text"));
        assertEquals("春节", spring.getAs("title"));
        assertEquals("zh", spring.getAs("lang_hint"));
        Row gbk = r.keptWith("国标码");
        assertEquals("GB18030", gbk.getAs("charset"));
        assertEquals("detector", gbk.getAs("charset_source"));
        Row bread = r.keptWith("Sourdough");
        assertEquals("Sourdough, rises slowly, with a wild yeast starter.", bread.getAs("text"));
        Row shortRow = r.quarantined().get(0);
        assertTrue(shortRow.<String>getAs("error_message").contains("line 8"), shortRow.<String>getAs("error_message"));
    }

    @Test
    void parquetRowsAndAFileWithoutTheTextColumn() throws IOException {
        SparkSession spark = TestSpark.session();
        Path in = dir.resolve("parquet");
        StructType schema = new StructType().add("text", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("lang", DataTypes.StringType).add("doc_id", DataTypes.LongType);
        List<Row> rows = List.of(RowFactory.create("黄河是中国第二长河。", "https://wiki.example.cn/yellow", "zh", 4711L),
                RowFactory.create("桜の季節は短い。", null, "ja", null), RowFactory.create(null, null, "en", 3L));
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in.resolve("good").toString());
        StructType other = new StructType().add("body", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create("x")), other).coalesce(1).write()
                .parquet(in.resolve("wrong").toString());
        Files.writeString(in.resolve("_options.json"),
                "{\"url_column\": \"url\", \"lang_column\": \"lang\", \"id_column\": \"doc_id\"}");
        IngestFixtures.Result r = IngestFixtures.ingest(dir.resolve("out-parquet/ingest"), "web", in.toString(),
                "parquet");
        assertTrue(r.invariantHolds(), r.stage().manifest().toString());
        assertEquals(Map.of("empty_text", 1L, "missing_text_column", 1L), r.reasons());
        assertEquals(2, r.kept().size());
        Row zh = r.keptWith("黄河");
        assertEquals("https://wiki.example.cn/yellow", zh.getAs("url"));
        assertEquals(0L, (long) zh.getAs("source_inner_offset"));
        assertEquals(1L, (long) r.keptWith("桜").getAs("source_inner_offset"));
        assertEquals("4711", zh.getAs("external_id"), "an int64 id column as text");
        assertEquals(null, r.keptWith("桜").<String>getAs("external_id"), "a null id: no external_id");
    }
}
