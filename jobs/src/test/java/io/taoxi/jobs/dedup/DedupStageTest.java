package io.taoxi.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.filters.dedup.Hash64;
import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.ibm.icu.text.Transliterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through StageRunner on a handmade input: one case per reason, keep policy, columns. */
class DedupStageTest {
    @TempDir
    Path tmp;

    private static String id(String name) {
        return Hash64.sha256Hex128(name);
    }

    @Test
    void everyReasonAndTheKeepPolicy() throws Exception {
        SparkSession spark = TestSpark.session();
        NearDupGenerator gen = new NearDupGenerator(42);
        List<Row> rows = new ArrayList<>();
        // URL: the later fetch wins
        String page1 = gen.pair(NearDupGenerator.Edit.TEMPLATE_NEGATIVE, "en").a().text();
        String page2 = gen.pair(NearDupGenerator.Edit.TEMPLATE_NEGATIVE, "en").a().text();
        rows.add(doc("url-old", "web", "https://a.test/x", 100, page1, "en", null));
        rows.add(doc("url-new", "web", "https://a.test/x", 200, page2, "en", null));
        // exact: same text up to width, case and white space; forum beats web
        String zh = gen.pair(NearDupGenerator.Edit.WIDTH, "zh-Hans").a().text();
        rows.add(doc("exact-web", "web", null, 0, zh, "zh-Hans", 0.9));
        rows.add(doc("exact-forum", "forum", null, 0, "  " + zh.replace("\n", "\n  ") + " ", "zh-Hans", 0.1));
        // near: the zh-Hant copy of a zh-Hans page, plus an exact copy of the Hant one
        String hans = gen.pair(NearDupGenerator.Edit.SENTENCE_INSERT, "zh-Hans").a().text();
        String hant = Transliterator.getInstance("Simplified-Traditional").transliterate(hans);
        rows.add(doc("near-hans", "web", null, 0, hans, "zh-Hans", 0.5));
        rows.add(doc("near-hant", "web", null, 0, hant, "zh-Hant", 0.8));
        rows.add(doc("near-hant-copy", "web", null, 0, hant, "zh-Hant", 0.1));
        // paragraphs: a footer line in 4 documents (max repeats 3) is removed; a page of little else is dropped
        String footer = "版权所有 © 2026 示例新闻网 保留所有权利";
        for (int i = 0; i < 3; i++) {
            String body = gen.pair(NearDupGenerator.Edit.WIDTH, "ja").a().text();
            rows.add(doc("para-" + i, "web", null, 0, body + "\n" + footer.replace("2026", String.valueOf(2020 + i)),
                    "ja", null));
        }
        rows.add(doc("para-short", "web", null, 0, "短い告知です。\n" + footer, "ja", null));
        // code: the same text as a web page is not merged with it; two near-identical files are
        String code = "int add(int a, int b) {\n  int sum = a + b;\n  log(\"add\", a, b, sum);\n  return sum;\n}\n"
                + "int mul(int a, int b) {\n  int product = a * b;\n  log(\"mul\", a, b, product);\n  return product;\n}\n"
                + "int sub(int a, int b) {\n  int diff = a - b;\n  log(\"sub\", a, b, diff);\n  return diff;\n}\n";
        rows.add(doc("code-a", "code", null, 0, code, "", null));
        rows.add(doc("code-b", "code", null, 0, code.replace("return diff;", "return  diff ;  // done"), "", null));
        rows.add(doc("web-code", "web", null, 0, code, "", null));
        // short texts: never one shared signature
        rows.add(doc("short-1", "web", null, 0, "你好", "zh-Hans", null));
        rows.add(doc("short-2", "web", null, 0, "谢谢", "zh-Hans", null));

        String input = DedupFixtures.writeInput(spark, tmp.resolve("in"), rows);
        DedupStage.Spec spec = new DedupStage.Spec(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 3, 20, null, "quality", null);
        StageResult result = new StageRunner(spark, System.out).run(new DedupStage(spec, input, System.out), tmp.resolve("out").toString());
        JsonNode m = result.manifest();
        assertTrue(m.path("invariant_holds").asBoolean());
        assertEquals("minhash_5c_14b_8r", m.path("config").path("output_name").asText());
        JsonNode reasons = m.path("by_reason");
        assertEquals(1, reasons.path("url_duplicate").path("docs").asInt(), reasons.toString());
        assertEquals(2, reasons.path("exact_duplicate").path("docs").asInt(), reasons.toString());
        assertEquals(1, reasons.path("too_short_after_paragraph_dedup").path("docs").asInt(), reasons.toString());
        assertEquals(2, reasons.path("near_duplicate").path("docs").asInt(), reasons.toString());

        Map<String, Row> out = new HashMap<>();
        for (String part : List.of("kept", "dropped")) {
            for (Row r : spark.read().parquet(tmp.resolve("out").resolve(part).toString()).collectAsList()) {
                out.put(r.getAs("id"), r);
            }
        }
        assertEquals(rows.size(), out.size());
        assertEquals(id("url-new"), out.get(id("url-old")).getAs("dup_survivor_id"));
        assertEquals(id("exact-forum"), out.get(id("exact-web")).getAs("dup_survivor_id"));
        assertEquals(2, (int) out.get(id("exact-forum")).getAs("dup_cluster_size"));
        // near cluster {hans, hant (+ its exact copy)}: quality 0.8 wins; size 3; everyone names it
        Row survivor = out.get(id("near-hant"));
        assertNull(reason(survivor));
        assertEquals(3, (int) survivor.getAs("dup_cluster_size"));
        assertEquals(id("near-hant"), out.get(id("near-hans")).getAs("dup_survivor_id"));
        assertEquals("near_duplicate", reason(out.get(id("near-hans"))));
        assertEquals(id("near-hant"), out.get(id("near-hant-copy")).getAs("dup_survivor_id"));
        assertEquals("exact_duplicate", reason(out.get(id("near-hant-copy"))));
        assertEquals((String) survivor.getAs("dup_cluster_id"), out.get(id("near-hans")).getAs("dup_cluster_id"));
        assertEquals((String) survivor.getAs("dup_cluster_id"), out.get(id("near-hant-copy")).getAs("dup_cluster_id"));
        // paragraphs
        Row p0 = out.get(id("para-0"));
        assertEquals(1, (int) p0.getAs("paragraphs_removed"));
        assertFalse(((String) p0.getAs("text")).contains("版权所有"));
        assertEquals(((String) p0.getAs("text")).codePointCount(0, ((String) p0.getAs("text")).length()),
                (int) p0.getAs("text_chars"));
        assertEquals("too_short_after_paragraph_dedup", reason(out.get(id("para-short"))));
        // code
        // the longer file survives (keep policy: same source, no quality signal, more characters)
        assertEquals("near_duplicate", reason(out.get(id("code-a"))));
        assertEquals(id("code-b"), out.get(id("code-a")).getAs("dup_survivor_id"));
        assertNull(reason(out.get(id("web-code"))));
        assertNull(reason(out.get(id("short-1"))));
        assertNull(reason(out.get(id("short-2"))));

        // a second run with the same input and spec is skipped as current
        assertTrue(new StageRunner(spark, System.out).run(new DedupStage(spec, input), tmp.resolve("out").toString())
                .skipped());
    }

    private static String reason(Row r) {
        return java.util.Arrays.asList(r.schema().fieldNames()).contains("reason") ? r.getAs("reason") : null;
    }

    private static Row doc(String name, String source, String url, long fetch, String text, String lang, Double q) {
        return DedupFixtures.doc(id(name), source, url, fetch, text, lang, q);
    }

    @Test
    void specDefaultsAndValidation() throws Exception {
        DedupStage.Spec d = DedupStage.Spec.defaults();
        assertEquals("fineweb", d.preset());
        assertEquals(0.7, d.threshold());
        assertEquals(true, d.verifyPairs());
        assertEquals("taoxi", d.signatures());
        assertEquals(5, d.shingleChars());
        assertEquals(100, d.paragraphMaxRepeats());
        assertEquals(100, d.minCharsAfterParagraphDedup());
        assertEquals(List.of("doc", "forum", "web"), d.sourceRanking());
        assertEquals("minhash_5c_14b_8r", d.outputName());
        assertEquals("minhash_5c_20b_13r", ConfigLoader.yamlMapper().readValue("preset: nemo", DedupStage.Spec.class)
                .outputName());
        DedupStage.Spec custom = ConfigLoader.yamlMapper().readValue(
                "bands: 9\nrows: 12\nshingle_chars: 4\nsource_ranking: [forum, web]\nverify_pairs: false",
                DedupStage.Spec.class);
        assertEquals("minhash_4c_9b_12r", custom.outputName());
        assertEquals("custom", custom.preset());
        assertThrows(ConfigException.class, () -> d.withSignatures("faiss"));
        assertThrows(ConfigException.class, () -> d.withThreshold(1.0));
        assertThrows(ConfigException.class, () -> new DedupStage.Spec("fineweb", 3, 3, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThrows(Exception.class, () -> ConfigLoader.yamlMapper().readValue("bandz: 3", DedupStage.Spec.class));
    }
}
