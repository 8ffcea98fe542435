package io.taoxi.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.filters.dedup.Hash64;
import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.jobs.dedup.DedupStage;
import io.taoxi.jobs.schema.DocSchema;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Duplicate clusters" section on a small real dedup run (StageRunner, local[2]) and its pure helpers. */
class DedupSectionTest {
    @TempDir
    Path tmp;

    private static final StructType SCHEMA = new StructType()
            .add(DocSchema.ID, DataTypes.StringType, false)
            .add(DocSchema.SOURCE, DataTypes.StringType, false)
            .add(DocSchema.URL, DataTypes.StringType, true)
            .add(DocSchema.FETCH_TIME, DataTypes.TimestampType, true)
            .add(DocSchema.TEXT, DataTypes.StringType, true)
            .add(DocSchema.TEXT_CHARS, DataTypes.IntegerType, false)
            .add(DocSchema.LANG, DataTypes.StringType, false)
            .add(DocSchema.RECORD_BYTES, DataTypes.LongType, false);

    private static String id(String name) {
        return Hash64.sha256Hex128(name);
    }

    private static Row doc(String name, String url, long fetchSeconds, String text, String lang) {
        return RowFactory.create(id(name), "web", url, url == null ? null : new Timestamp(fetchSeconds * 1000), text,
                text.codePointCount(0, text.length()), lang, (long) text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void clusterSizesAndExamplesFromADedupRun() throws Exception {
        SparkSession spark = TestSpark.session();
        NearDupGenerator gen = new NearDupGenerator(7);
        List<Row> rows = new ArrayList<>();
        // family a (4 documents): a near copy, an exact copy (white space only) and an older fetch of the same URL
        NearDupGenerator.Pair a = gen.pair(NearDupGenerator.Edit.SENTENCE_INSERT, "zh-Hans");
        rows.add(doc("a1", "https://news.example/a", 200, a.a().text(), "zh-Hans"));
        rows.add(doc("a2", null, 0, a.b().text(), "zh-Hans"));
        rows.add(doc("a3", null, 0, "  " + a.a().text().replace("\n", "\n  "), "zh-Hans"));
        rows.add(doc("a4", "https://news.example/a", 100,
                gen.pair(NearDupGenerator.Edit.TEMPLATE_NEGATIVE, "en").a().text(), "en"));
        // family b (2): a near pair in Japanese
        NearDupGenerator.Pair b = gen.pair(NearDupGenerator.Edit.SENTENCE_DELETE, "ja");
        rows.add(doc("b1", null, 0, b.a().text(), "ja"));
        rows.add(doc("b2", null, 0, b.b().text(), "ja"));
        // family e (2): exact copies only (no near member: never an example)
        String e = gen.pair(NearDupGenerator.Edit.WIDTH, "ko").a().text();
        rows.add(doc("e1", null, 0, e, "ko"));
        rows.add(doc("e2", null, 0, e + "  ", "ko"));
        // three unrelated pages
        for (int i = 0; i < 3; i++) {
            rows.add(doc("s" + i, null, 0, gen.pair(NearDupGenerator.Edit.TEMPLATE_NEGATIVE, "en").a().text(), "en"));
        }
        Path input = tmp.resolve("in");
        spark.createDataFrame(rows, SCHEMA).coalesce(2).write().mode(SaveMode.Overwrite)
                .parquet(input.resolve("kept").toString());
        Files.writeString(input.resolve("manifest.json"),
                "{\"stage\":\"fixture\",\"config_hash\":\"dedup-section\",\"finished_at\":\"2026-12-01T00:00:00Z\"}");
        Path run = tmp.resolve("run");
        new StageRunner(spark, System.out).run(new DedupStage(DedupStage.Spec.defaults(), input.toString()),
                run.resolve("dedup").toString());

        // what the stage wrote, read with Spark (independently of the report's Parquet reader)
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, String> reasonOf = new HashMap<>();
        Set<String> keptIds = new HashSet<>();
        for (String outcome : List.of("kept", "dropped")) {
            for (Row r : spark.read().parquet(run.resolve("dedup").resolve(outcome).toString()).collectAsList()) {
                clusterOf.put(r.getAs("id"), r.getAs("dup_cluster_id"));
                if (outcome.equals("kept")) {
                    keptIds.add(r.getAs("id"));
                } else {
                    reasonOf.put(r.getAs("id"), r.getAs("reason"));
                }
            }
        }
        assertEquals("near_duplicate", reasonOf.get(id("b2")) == null ? reasonOf.get(id("b1")) : reasonOf.get(id("b2")));
        assertEquals("url_duplicate", reasonOf.get(id("a4")));

        Path report = run.resolve("report");
        FunnelReport.writeAll(run, report, 3, 1000);

        // cluster sizes: singletons s0..s2, the pairs b and e, family a of 4; 11 input documents
        List<String> csv = Files.readAllLines(report.resolve("data/dedup_cluster_sizes.csv"), StandardCharsets.UTF_8);
        assertEquals("stage,cluster_size,min_size,max_size,clusters,documents,share_of_input_docs", csv.get(0));
        Map<String, String[]> bins = new HashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            bins.put(f[1], f);
        }
        assertEquals(Set.of("1", "2", "4"), bins.keySet(), csv.toString());
        assertEquals("3", bins.get("1")[4]);
        assertEquals("2", bins.get("2")[4]);
        assertEquals("4", bins.get("2")[5]);
        assertEquals("1", bins.get("4")[4]);
        assertEquals("4", bins.get("4")[5]);
        assertEquals(4.0 / 11, Double.parseDouble(bins.get("4")[6]), 1e-9);

        // examples: clusters a and b (those with a near_duplicate member), largest first; e is not one
        JsonNode tables = new ObjectMapper().readTree(report.resolve("report.json").toFile()).path("tables");
        JsonNode members = tables.path("dedup_clusters").path("rows");
        List<String> clusters = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode m : members) {
            if (!clusters.contains(m.path("cluster_id").asText())) {
                clusters.add(m.path("cluster_id").asText());
            }
            byId.put(m.path("id").asText(), m);
            assertEquals(clusterOf.get(m.path("id").asText()), m.path("cluster_id").asText(), m.toString());
            assertEquals(keptIds.contains(m.path("id").asText()) ? "survivor" : "dropped", m.path("role").asText());
            assertFalse(m.path("text").asText().contains("\n"), m.toString());
        }
        assertEquals(List.of(clusterOf.get(id("a1")), clusterOf.get(id("b1"))), clusters);
        for (String name : List.of("a1", "a2", "a3", "a4", "b1", "b2")) {
            assertTrue(byId.containsKey(id(name)), name + " missing from " + members);
        }
        assertEquals(4, byId.get(id("a1")).path("cluster_size").asInt());
        for (String name : List.of("a1", "a2", "a3", "a4", "b1", "b2")) {
            JsonNode m = byId.get(id(name));
            if (m.path("role").asText().equals("survivor")) {
                assertTrue(m.path("jaccard_estimate").isNull(), m.toString());
            } else if (m.path("reason").asText().equals("near_duplicate")) {
                // the stage verified this pair at >= 0.7 on the same texts, seed and permutations
                assertTrue(m.path("jaccard_estimate").asDouble() >= 0.7, m.toString());
                assertTrue(m.path("jaccard_shingles").asDouble() > 0.5, m.toString());
            }
        }
        // a1 and its white-space copy a3 have the same shingles: one is the exact duplicate of the other, and
        // both compare to the survivor alike (1.0 when the other one is the survivor)
        JsonNode survivorA = members.get(0);
        assertEquals("survivor", survivorA.path("role").asText());
        assertTrue(List.of(id("a1"), id("a2"), id("a3")).contains(survivorA.path("id").asText()), survivorA.toString());
        JsonNode copy = byId.get(id("a1")).path("reason").asText().equals("exact_duplicate") ? byId.get(id("a1")) : byId.get(id("a3"));
        JsonNode original = copy == byId.get(id("a1")) ? byId.get(id("a3")) : byId.get(id("a1"));
        assertEquals("exact_duplicate", copy.path("reason").asText(), members.toString());
        boolean originalSurvives = original.path("role").asText().equals("survivor");
        assertEquals(originalSurvives ? 1.0 : original.path("jaccard_shingles").asDouble(),
                copy.path("jaccard_shingles").asDouble(), 1e-12);
        assertEquals(originalSurvives ? 1.0 : original.path("jaccard_estimate").asDouble(),
                copy.path("jaccard_estimate").asDouble(), 1e-12);
        assertTrue(byId.get(id("a4")).path("jaccard_shingles").asDouble() < 0.3, byId.get(id("a4")).toString());
        assertTrue(byId.get(id("a1")).path("text").asText().contains("⏎"));

        // the summary counts come from the manifest and the kept rows
        Map<String, Long> summary = new HashMap<>();
        tables.path("dedup_summary").path("rows").forEach(r -> summary.put(r.path("name").asText(), r.path("value").asLong()));
        assertEquals(11L, summary.get("input_docs"));
        assertEquals(1L, summary.get("url_duplicate"));
        assertEquals(2L, summary.get("exact_duplicate"));
        assertEquals(2L, summary.get("near_duplicate"));
        assertEquals(3L, summary.get("kept_docs_with_duplicates"));

        String markdown = Files.readString(report.resolve("report.md"), StandardCharsets.UTF_8);
        assertTrue(markdown.contains("## Duplicate clusters"), markdown);
        assertTrue(markdown.contains("cluster " + clusterOf.get(id("b1")) + ": 2 documents"), markdown);
        assertTrue(Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8).contains("Duplicate clusters"));
    }

    @Test
    void runWithoutADedupStageSaysSo() throws Exception {
        Path run = tmp.resolve("plain");
        ManifestFixtures.writeManifest(run.resolve("ingest"), ManifestFixtures.INGEST);
        FunnelReport.writeAll(run, run.resolve("report"), 3, 1000);
        assertTrue(Files.readString(run.resolve("report/report.md"), StandardCharsets.UTF_8)
                .contains("No dedup stage in this run"));
        assertEquals(List.of("stage,cluster_size,min_size,max_size,clusters,documents,share_of_input_docs"),
                Files.readAllLines(run.resolve("report/data/dedup_cluster_sizes.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void binsAndPreview() {
        assertEquals("1", DedupSection.binLabel(DedupSection.bin(1)));
        assertEquals("1", DedupSection.binLabel(DedupSection.bin(0)));
        assertEquals("4", DedupSection.binLabel(DedupSection.bin(4)));
        assertEquals("5–9", DedupSection.binLabel(DedupSection.bin(9)));
        assertEquals("10–19", DedupSection.binLabel(DedupSection.bin(10)));
        assertEquals("100–999", DedupSection.binLabel(DedupSection.bin(999)));
        assertEquals("1000+", DedupSection.binLabel(DedupSection.bin(1_000_000)));
        assertEquals("第一段⏎第二段 x", DedupSection.preview("第一段\r\n第二段\tx", 100));
        assertEquals("a\\u0007b\\u200Bc", DedupSection.preview("a\u0007b\u200Bc", 100));
        assertEquals("𠀀𠀁 …", DedupSection.preview("𠀀𠀁𠀂", 2));
        assertNull(DedupSection.preview(null, 5));
    }
}
