package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenCounter;
import io.taoxi.tokenizer.PreTokenization;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurement, not a check: docs/s of the score stage with the demo model over a real stage folder. Runs only
 * with {@code -Dtaoxi.score.bench.input=out/demo/filter} (a stage folder): trains a 4,000-token tokenizer on
 * its kept text (as {@code train-tokenizer} would), writes the demo model with it, scores with the defaults.
 */
class ScoreThroughputTest {
    @TempDir
    Path dir;

    @Test
    void demoModelDocsPerSecond() {
        String input = System.getProperty("taoxi.score.bench.input");
        assumeTrue(input != null && !input.isBlank(), "set -Dtaoxi.score.bench.input=STAGE_DIR to measure");
        SparkSession spark = TestSpark.session();
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        long docs = 0;
        long bytes = 0;
        for (Row r : spark.read().parquet(Path.of(input, "kept").toString()).select("text").collectAsList()) {
            String text = r.isNullAt(0) ? "" : r.getString(0);
            counter.add(text);
            docs++;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        Path tokenizer = dir.resolve("tokenizer.json");
        BpeTrainer.train(counter.counts(2), BpeTrainer.Spec.qwen2(4000)).writeTokenizerJson(tokenizer);
        Path model = DemoModel.ensure(dir.resolve("demo-model"), tokenizer);
        for (String engine : new String[] {"native", "native"}) { // the second run: engine already open in this JVM
            Path out = dir.resolve("score-" + System.nanoTime());
            long t0 = System.nanoTime();
            StageResult r = new StageRunner(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run(new ScoreStage(ScoreSpec.defaults().withModel(model.toString()).withEngine(engine), input,
                            out.toString()), out.toString());
            double s = (System.nanoTime() - t0) / 1e9;
            long tokens = spark.read().parquet(out.resolve("kept").toString())
                    .unionByName(spark.read().parquet(out.resolve("dropped").toString()).drop("reason"))
                    .agg(org.apache.spark.sql.functions.sum("tokens_scored")).first().getLong(0);
            System.out.printf(Locale.ROOT, "score stage (%s, demo model, local[2]): %d docs, %.1f MB, %d tokens scored"
                    + " in %.1f s: %.1f docs/s, %.0f tokens/s; kept %d, dropped %d, quarantined %d; load average %.1f%n",
                    engine, docs, bytes / 1e6, tokens, s, docs / s, tokens / s, r.count("kept"), r.count("dropped"),
                    r.count("quarantined"), java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
        // The engine alone on the same documents (tokenize + score, one thread of this JVM, no Spark).
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Row r : spark.read().parquet(Path.of(input, "kept").toString()).select("text").collectAsList()) {
            texts.add(r.isNullAt(0) ? "" : r.getString(0));
        }
        ScoreModel m = ScoreModel.inspect(model);
        ScoreEngines.Engine engine = ScoreEngines.open(new ScoreEngines.Key(m.directory(), m.fingerprint(), "native", 0,
                ScoreSpec.DEFAULT_BATCH_TOKENS));
        io.taoxi.engine.ScoreOptions options = io.taoxi.engine.ScoreOptions.defaults(1024);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            long tokens = 0;
            for (String text : texts) {
                int[] ids = engine.tokenizer().encodeOrdinary(text);
                if (ids.length >= 2) {
                    tokens += engine.score(new int[][] {ids}, new long[] {text.length()}, options).get(0).tokensScored();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "score engine alone (native, demo model, one document per call): %d docs,"
                    + " %d tokens in %.2f s: %.0f docs/s, %.0f tokens/s%n", texts.size(), tokens, s, texts.size() / s,
                    tokens / s);
        }
        engine.scorer().close();
        ScoreEngines.closeAll();
    }
}
