package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.tokenizer.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed of {@code taoxi tokenize} (not a unit test; skipped unless asked):
 * {@code -Dtaoxi.tokenize.bench.mb=20 -Dtaoxi.tokenize.bench.tokenizer=PATH/tokenizer.json}. Generates
 * CJK-heavy documents (Zipf-drawn common Han characters, punctuation, some English and digits), runs the
 * stage in the shared local[2] session, and encodes the same texts on one thread in this JVM as the
 * baseline; prints tokens/s of both and their ratio.
 */
class TokenizeStageBenchTest {
    @TempDir
    Path dir;

    @Test
    void tokensPerSecond() throws Exception {
        String mbProperty = System.getProperty("taoxi.tokenize.bench.mb");
        String tokenizerProperty = System.getProperty("taoxi.tokenize.bench.tokenizer");
        Assumptions.assumeTrue(mbProperty != null && tokenizerProperty != null,
                "SKIPPED: set -Dtaoxi.tokenize.bench.mb and -Dtaoxi.tokenize.bench.tokenizer to measure");
        long bytesWanted = (long) (Double.parseDouble(mbProperty) * 1_000_000);
        SparkSession spark = TestSpark.session();
        Random random = new Random(20261130);
        List<TokenizerFixtures.Doc> docs = new ArrayList<>();
        long bytes = 0;
        String[] english = {"the", "model", "data", "river", "Spark", "token", "2026", "version", "of", "and"};
        while (bytes < bytesWanted) {
            StringBuilder b = new StringBuilder();
            int sentences = 5 + random.nextInt(40);
            for (int s = 0; s < sentences; s++) {
                int len = 6 + random.nextInt(30);
                for (int i = 0; i < len; i++) {
                    if (random.nextInt(25) == 0) {
                        b.append(' ').append(english[random.nextInt(english.length)]).append(' ');
                    } else {
                        // Zipf-ish over the 3,500 most common-looking Han code points
                        int rank = (int) Math.min(3499, Math.floor(Math.pow(3500, random.nextDouble())) - 1);
                        b.appendCodePoint(0x4E00 + rank * 5);
                    }
                }
                b.append(s % 4 == 3 ? "。\n" : random.nextBoolean() ? "，" : "。");
            }
            String text = b.toString();
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            docs.add(new TokenizerFixtures.Doc(String.format(Locale.ROOT, "%032x", docs.size()), "web", "zh-Hans", text));
        }
        Path input = dir.resolve("filter");
        TokenizerFixtures.writeStage(spark, input, docs);
        Path tokenizerJson = Path.of(tokenizerProperty);

        Tokenizer tokenizer = Tokenizer.load(tokenizerJson);
        long t0 = System.nanoTime();
        long baselineTokens = 0;
        for (TokenizerFixtures.Doc d : docs) {
            baselineTokens += tokenizer.encodeOrdinary(d.text()).length + 1;
        }
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;

        Path out = dir.resolve("tokenize");
        long t1 = System.nanoTime();
        new StageRunner(spark, System.out)
                .run(new TokenizeStage(input.toString(), out.toString(), tokenizerJson, "<|endoftext|>", null),
                        out.toString());
        double stageSeconds = (System.nanoTime() - t1) / 1e9;
        JsonNode tokens = new ObjectMapper().readTree(Files.readString(out.resolve("tokens.json")));
        long stageTokens = tokens.path("totals").path("tokens").asLong();
        assertEquals(baselineTokens, stageTokens);
        System.out.printf(Locale.ROOT, "tokenize bench: %,d docs, %.1f MB, %,d tokens (%.2f bytes/token), %d cores%n",
                docs.size(), bytes / 1e6, stageTokens, bytes / (double) stageTokens,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  one thread, encode only:          %,.0f tokens/s (%.2f MB/s)%n",
                baselineTokens / baselineSeconds, bytes / 1e6 / baselineSeconds);
        System.out.printf(Locale.ROOT, "  stage, local[2], whole run:       %,.0f tokens/s (%.2f MB/s) in %.1f s"
                        + " (encode + shards + Parquet + counts + publish)%n",
                stageTokens / stageSeconds, bytes / 1e6 / stageSeconds, stageSeconds);
        System.out.printf(Locale.ROOT, "  stage's own tokens_per_second:    %,d%n", tokens.path("tokens_per_second").asLong());
        System.out.println("  manifest timings_ms: " + new ObjectMapper().readTree(
                Files.readString(out.resolve("manifest.json"))).path("timings_ms"));
        System.out.printf(Locale.ROOT, "  ratio stage / one-thread encode:  %.2f%n",
                (stageTokens / stageSeconds) / (baselineTokens / baselineSeconds));
    }
}
