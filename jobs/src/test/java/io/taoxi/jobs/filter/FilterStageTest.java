package io.taoxi.jobs.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taoxi.filters.pii.PiiRedactor;
import io.taoxi.filters.quality.QualityThresholds;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.ingest.web.TestWarcs;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → filter in local[2]: languages, signal columns on kept and dropped rows, thresholds, PII actions. */
class FilterStageTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path ingest;

    @BeforeAll
    static void setUp() throws IOException {
        spark = TestSpark.session();
        Path input = dir.resolve("web");
        TestWarcs.writeMixedCorpus(input);
        ingest = dir.resolve("run/ingest");
        run(new IngestStage(new IngestSpec(List.of(new InputSpec(input.toString(), "web")), null, null, null)),
                ingest);
    }

    private static StageResult run(io.taoxi.jobs.stage.Stage stage, Path out) {
        return new StageRunner(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(stage, out.toString());
    }

    @Test
    void languagesAndSignalsAreColumnsAndTheInvariantHolds() {
        // A rule that drops short documents, so some rows are dropped with their signals.
        QualityThresholds.Spec rules = new QualityThresholds.Spec(Map.of("default",
                List.of(QualityThresholds.Rule.atLeast("char_count", 60, "too_short_for_test"))));
        Path out = dir.resolve("run/filter-a");
        StageResult r = run(FilterStages.filter(new FilterSpec(null, false, rules), ingest.toString()), out);
        assertTrue(r.manifest().path("invariant_holds").asBoolean());
        assertEquals(12, r.manifest().path("counts").path("in").path("docs").asLong());
        assertEquals(12, r.count("kept") + r.count("dropped") + r.count("quarantined"));
        assertEquals(0, r.count("quarantined"), r.manifest().toString());

        Dataset<Row> all = spark.read().parquet(out.resolve("kept").toString())
                .unionByName(spark.read().parquet(out.resolve("dropped").toString()).drop("reason"));
        Map<String, String> langByUrl = new HashMap<>();
        for (Row row : all.select("url", "lang", "lang_score", "word_count", "han_char_frac", "toxicity_score",
                "pii_total").collectAsList()) {
            langByUrl.put(row.getString(0), row.getString(1));
            assertFalse(row.isNullAt(2), "lang_score on every row");
            assertFalse(row.isNullAt(5), "toxicity_score on every row");
        }
        assertEquals("zh-Hans", langByUrl.get("https://news.example.cn/2026/lib.html"));
        assertEquals("zh-Hans", langByUrl.get("https://bbs.example.cn/t/88.html"));
        assertEquals("en", langByUrl.get("https://blog.example.com/rivers"));
        assertEquals("ja", langByUrl.get("https://www.example.jp/kisetsu.html"));
        assertEquals("ko", langByUrl.get("https://news.example.kr/view/1"));
        assertEquals("zh-Hant", langByUrl.get("https://tw.example.com/a"));
        assertEquals("fr", langByUrl.get("https://www.example.fr/marche"));
        assertEquals("es", langByUrl.get("https://es.example.com/1"));
        Dataset<Row> dropped = spark.read().parquet(out.resolve("dropped").toString());
        for (Row row : dropped.select("reason", "char_count").collectAsList()) {
            assertEquals("too_short_for_test", row.getString(0));
            assertTrue(((Number) row.get(1)).intValue() < 60);
        }
        assertEquals(r.count("dropped"), r.manifest().path("by_reason").path("too_short_for_test").path("docs").asLong());
    }

    @Test
    void piiIsRedactedOrDropsTheDocument() throws IOException {
        Path input = dir.resolve("pii-web");
        java.nio.file.Files.createDirectories(input);
        String page = "<html><head><title>招聘</title></head><body><article><h1>招聘启事</h1>"
                + "<p>本店招聘兼职店员两名，有意者请联系王先生，手机13912345678，简历请发送至 wang.li@mail.cn 。</p>"
                + "<p>面试时间为每周六上午，地点在本店二楼会议室，请提前十分钟到达。</p></article></body></html>";
        java.nio.file.Files.write(input.resolve("p.warc"), io.taoxi.jobs.ingest.web.WarcBytes.response(
                "https://jobs.example.cn/1", 200, "text/html; charset=utf-8", page));
        Path in = dir.resolve("pii/ingest");
        run(new IngestStage(new IngestSpec(List.of(new InputSpec(input.toString(), "web")), null, null, null)), in);

        Path redacted = dir.resolve("pii/filter-redact");
        run(FilterStages.filter(new FilterSpec(null, false, null), in.toString()), redacted);
        Row kept = spark.read().parquet(redacted.resolve("kept").toString()).select("text", "pii_phone_count",
                "pii_email_count").first();
        String text = kept.getString(0);
        assertTrue(text.contains("<PHONE>") && text.contains("<EMAIL>"), text);
        assertFalse(text.contains("13912345678") || text.contains("wang.li@mail.cn"), text);
        assertEquals(1, ((Number) kept.get(1)).intValue());

        Path dropping = dir.resolve("pii/filter-drop");
        PiiRedactor.Spec drop = new PiiRedactor.Spec(Map.of("phone", "drop"), "redact", null);
        StageResult r = run(FilterStages.filter(new FilterSpec(null, false, null, null, drop), in.toString()),
                dropping);
        assertEquals(1, r.manifest().path("by_reason").path("pii_phone").path("docs").asLong());
    }

    @Test
    void aRuleOnAnUnknownSignalFailsBeforeSparkRuns() {
        QualityThresholds.Spec typo = new QualityThresholds.Spec(Map.of("default",
                List.of(QualityThresholds.Rule.atLeast("word_cuont", 5, "typo"))));
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> FilterStages.filter(new FilterSpec(null, true, typo), ingest.toString()));
        assertTrue(e.getMessage().contains("word_cuont"), e.getMessage());
    }
}
