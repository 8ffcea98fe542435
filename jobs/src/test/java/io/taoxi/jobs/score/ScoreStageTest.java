package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.engine.DocScore;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.engine.ReferenceScorer;
import io.taoxi.engine.ScoreOptions;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.tokenizer.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score stage end to end in local[2]: columns, native vs reference perplexities, buckets, the invariant. */
class ScoreStageTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<ScoreFixtures.Doc> docs;
    static Path model;
    static Path input;
    /** Per document id: the reference (F64) score with window 32 / stride 16, or null for < 2 tokens. */
    static Map<String, DocScore> expected;

    @BeforeAll
    static void setUp() throws IOException {
        spark = TestSpark.session();
        docs = ScoreFixtures.documents();
        Path tokenizer = ScoreFixtures.trainTokenizer(dir.resolve("tok"), docs, 400);
        model = ScoreFixtures.model(dir.resolve("model"), tokenizer, 448, 32768);
        input = ScoreFixtures.inputStage(spark, dir.resolve("run/filter"), docs);
        Tokenizer t = Tokenizer.load(model.resolve("tokenizer.json"));
        expected = new HashMap<>();
        try (ReferenceScorer reference = new ReferenceScorer(Qwen2Model.load(model), ReferenceScorer.Precision.F64)) {
            for (ScoreFixtures.Doc d : docs) {
                int[] ids = t.encodeOrdinary(d.text());
                expected.put(d.id(), ids.length < 2 ? null : reference.score(new int[][] {ids},
                        new long[] {d.text().getBytes(StandardCharsets.UTF_8).length},
                        new ScoreOptions(32, 16, true, false)).get(0));
            }
        }
    }

    @AfterAll
    static void closeEngines() {
        ScoreEngines.closeAll();
    }

    private static StageResult run(ScoreStage stage, Path out) {
        return new StageRunner(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(stage, out.toString());
    }

    private static ScoreSpec spec(String engine, List<String> keep, Map<String, Double> ceilings) {
        return new ScoreSpec(model.toString(), engine, 32, 16, true, 2, 256, keep, null, null, ceilings);
    }

    private static List<Row> scoredRows(Path out) {
        Dataset<Row> kept = spark.read().parquet(out.resolve("kept").toString());
        Dataset<Row> dropped = spark.read().parquet(out.resolve("dropped").toString());
        return kept.withColumn("reason", org.apache.spark.sql.functions.lit(null).cast("string"))
                .unionByName(dropped)
                .select("id", "lang", "source", "perplexity", "nll_per_token", "bits_per_byte", "tokens_scored",
                        "perplexity_bucket", "reason", "record_bytes")
                .collectAsList();
    }

    @Test
    void nativeScoresMatchTheReferenceAndBucketsFollowTheCutoffs() throws IOException {
        Path out = dir.resolve("run/score-native");
        ScoreStage stage = new ScoreStage(spec("native", null, null), input.toString(), out.toString());
        StageResult r = run(stage, out);
        JsonNode m = r.manifest();
        assertTrue(m.path("invariant_holds").asBoolean(), m.toString());
        assertEquals(docs.size(), m.path("counts").path("in").path("docs").asLong());
        assertEquals(0, r.count("quarantined"), m.toString());
        assertEquals(2, m.path("by_reason").path("too_few_tokens").path("docs").asLong(), m.toString());
        assertEquals("perplexity_v1", m.path("config").path("operator").asText());
        assertEquals(32, m.path("config").path("window_tokens").asInt());
        // The same spec again: current, skipped, and the buckets file published with the first run stays.
        assertTrue(run(new ScoreStage(spec("native", null, null), input.toString(), out.toString()), out).skipped());

        JsonNode buckets = new ObjectMapper().readTree(out.resolve(ScoreStage.BUCKETS_JSON).toFile());
        Map<String, PerplexityBuckets.Cutoffs> cutoffs = new HashMap<>();
        for (JsonNode g : buckets.path("groups")) {
            cutoffs.put(PerplexityBuckets.key(g.path("lang").asText(), g.path("source").asText()),
                    new PerplexityBuckets.Cutoffs(g.path("head_max_perplexity").asDouble(),
                            g.path("middle_max_perplexity").asDouble(), g.path("docs_scored").asLong()));
            assertEquals(g.path("docs_scored").asLong(),
                    g.path("head").asLong() + g.path("middle").asLong() + g.path("tail").asLong());
            assertEquals(g.path("tail").asLong(), g.path("dropped").asLong(), g.toString());
        }
        assertEquals(4, cutoffs.size(), buckets.toString());

        double maxRelative = 0;
        Map<String, List<Double>> byGroup = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (Row row : scoredRows(out)) {
            String id = row.getString(0);
            DocScore want = expected.get(id);
            reasons.put(id, row.getString(8));
            String text = docs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().text();
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, row.getLong(9), "record_bytes of " + id);
            if (want == null) {
                assertEquals("too_few_tokens", row.getString(8), id);
                assertTrue(row.isNullAt(3) && row.isNullAt(6) && row.isNullAt(7), id);
                continue;
            }
            double ppl = row.getDouble(3);
            maxRelative = Math.max(maxRelative, Math.abs(ppl - want.perplexity()) / want.perplexity());
            assertEquals(want.tokensScored(), row.getInt(6), id);
            assertEquals(want.nllPerToken(), row.getDouble(4), 1e-4 * want.nllPerToken(), id);
            assertEquals(want.bitsPerByte(), row.getDouble(5), 1e-4 * want.bitsPerByte(), id);
            String bucket = row.getString(7);
            assertEquals(PerplexityBuckets.bucket(ppl, PerplexityBuckets.of(cutoffs, row.getString(1), row.getString(2))),
                    bucket, id);
            assertEquals(bucket.equals("tail") ? "perplexity_tail" : null, row.getString(8), id);
            byGroup.computeIfAbsent(PerplexityBuckets.key(row.getString(1), row.getString(2)), k -> new ArrayList<>())
                    .add(ppl);
        }
        System.out.printf(Locale.ROOT, "score stage: native vs reference F64, max relative perplexity difference %.2e"
                + " over %d documents%n", maxRelative, expected.values().stream().filter(s -> s != null).count());
        assertTrue(maxRelative < 1e-4, "max relative difference " + maxRelative);
        assertEquals(docs.size(), reasons.size());

        // The cut-offs are the group's own perplexities at the 30th / 60th percentile (nearest rank).
        for (Map.Entry<String, List<Double>> e : byGroup.entrySet()) {
            List<Double> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            PerplexityBuckets.Cutoffs c = cutoffs.get(e.getKey());
            assertEquals(sorted.size(), c.docsScored());
            assertEquals(sorted.get((int) Math.ceil(0.3 * sorted.size()) - 1), c.headMaxPerplexity(), 1e-12,
                    e.getKey() + " " + sorted);
            assertEquals(sorted.get((int) Math.ceil(0.6 * sorted.size()) - 1), c.middleMaxPerplexity(), 1e-12,
                    e.getKey() + " " + sorted);
        }
    }

    /**
     * {@code device: cuda} in local mode scores through the CUDA engine on GPU 0. Where a GPU answers, its
     * perplexities must match the reference like the CPU path's (1e-3 relative: fp32 products on the GPU);
     * here (no GPU) the stage must fail with the engine's own reason and publish nothing, not fall back to
     * the CPU silently.
     */
    @Test
    void cudaDeviceScoresOnTheGpuOrFailsWithTheEnginesReason() {
        Path out = dir.resolve("run/score-cuda");
        ScoreSpec cuda = new ScoreSpec(model.toString(), "native", 32, 16, true, 2, 256, null, null, null, null,
                false, null, ScoreSpec.DEVICE_CUDA);
        ScoreStage stage = new ScoreStage(cuda, input.toString(), out.toString());
        assertEquals("cuda", stage.config().path("device").asText());
        boolean gpu;
        try (io.taoxi.engine.CudaScorer probe = io.taoxi.engine.CudaScorer.open(Qwen2Model.load(model),
                io.taoxi.engine.CudaScorer.Options.defaults())) {
            gpu = probe != null;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            gpu = false;
        }
        if (!gpu) {
            Exception e = assertThrows(Exception.class, () -> run(stage, out));
            StringBuilder chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(t.getMessage()).append(" | ");
            }
            assertTrue(chain.toString().toLowerCase(Locale.ROOT).contains("cuda"), chain.toString());
            assertFalse(chain.toString().contains("given no GPU"), chain.toString());
            assertFalse(Files.exists(out.resolve("manifest.json")), "nothing published");
            return;
        }
        StageResult r = run(stage, out);
        assertTrue(r.manifest().path("invariant_holds").asBoolean());
        for (Row row : scoredRows(out)) {
            DocScore want = expected.get(row.getString(0));
            if (want != null) {
                assertEquals(want.perplexity(), row.getDouble(3), 1e-3 * want.perplexity(), row.getString(0));
            }
        }
    }

    @Test
    void referenceEngineAndAnAbsoluteCeilingPerLanguage() {
        // Keep every bucket; English above the median English perplexity is dropped by the ceiling.
        List<Double> english = new ArrayList<>();
        for (ScoreFixtures.Doc d : docs) {
            if (d.lang().equals("en") && expected.get(d.id()) != null) {
                english.add(expected.get(d.id()).perplexity());
            }
        }
        english.sort(null);
        double ceiling = english.get(english.size() / 2);
        Path out = dir.resolve("run/score-reference");
        StageResult r = run(new ScoreStage(spec("reference", List.of("tail", "head", "middle"), Map.of("en", ceiling)),
                input.toString(), out.toString()), out);
        assertTrue(r.manifest().path("invariant_holds").asBoolean());
        for (Row row : scoredRows(out)) {
            DocScore want = expected.get(row.getString(0));
            if (want == null) {
                continue;
            }
            assertEquals(want.perplexity(), row.getDouble(3), 1e-9 * want.perplexity(), "reference is the oracle");
            assertNotNull(row.getString(7));
            boolean above = row.getString(1).equals("en") && want.perplexity() > ceiling;
            assertEquals(above ? "perplexity_above_max" : null, row.getString(8), row.toString());
        }
        assertEquals(english.size() - english.size() / 2 - 1,
                r.manifest().path("by_reason").path("perplexity_above_max").path("docs").asLong());
        assertEquals(List.of("head", "middle", "tail"),
                new ObjectMapper().convertValue(r.manifest().path("config").path("keep_buckets"), List.class));
    }

    @Test
    void aModelFolderWithoutTokenizerFailsBeforeSpark() throws IOException {
        Path bare = dir.resolve("bare-model");
        io.taoxi.engine.TestModels.write(bare, io.taoxi.engine.Qwen2Config.shape(32, 1, 4, 2, 64, 448), 1L,
                io.taoxi.engine.DType.F32, false);
        ConfigException e = assertThrows(ConfigException.class,
                () -> new ScoreStage(ScoreSpec.defaults().withModel(bare.toString()), input.toString(),
                        dir.resolve("run/x").toString()));
        assertTrue(e.getMessage().contains("no tokenizer.json"), e.getMessage());
        ConfigException none = assertThrows(ConfigException.class,
                () -> new ScoreStage(ScoreSpec.defaults(), input.toString(), dir.resolve("run/x").toString()));
        assertTrue(none.getMessage().startsWith("score.model: missing"), none.getMessage());

        // A tokenizer with more ids than the model's vocabulary is not the model's tokenizer.
        Path small = dir.resolve("small-model");
        io.taoxi.engine.TestModels.write(small, io.taoxi.engine.Qwen2Config.shape(32, 1, 4, 2, 64, 300), 1L,
                io.taoxi.engine.DType.F32, false);
        Files.copy(model.resolve("tokenizer.json"), small.resolve("tokenizer.json"));
        ConfigException vocab = assertThrows(ConfigException.class, () -> ScoreModel.inspect(small));
        assertTrue(vocab.getMessage().contains("vocab_size is 300"), vocab.getMessage());
        assertFalse(Files.exists(dir.resolve("run/x")));
    }
}
