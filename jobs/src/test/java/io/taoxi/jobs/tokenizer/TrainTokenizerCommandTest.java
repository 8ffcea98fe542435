package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenCounter;
import io.taoxi.tokenizer.PreTokenization;
import io.taoxi.tokenizer.Tokenizer;
import io.taoxi.tokenizer.TrainedBpe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-tokenizer on a small Parquet stage: loads, round-trips, equals a local count; weights and caps. */
class TrainTokenizerCommandTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static List<TokenizerFixtures.Doc> docs;

    @BeforeAll
    static void setUp() throws Exception {
        spark = TestSpark.session();
        docs = TokenizerFixtures.documents();
        input = dir.resolve("filter");
        TokenizerFixtures.writeStage(spark, input, docs);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void trainsALoadableTokenizerEqualToTrainingOnOneMachine() throws Exception {
        Path out = dir.resolve("tok");
        BpeTrainer.Spec spec = new BpeTrainer.Spec(500, 2,
                List.of(TrainTokenizerCommand.QWEN2_SPECIALS.split(",")), PreTokenization.qwen2());
        Map<String, Object> report = TrainTokenizerCommand.train(spark, input.toString(), out, spec, null, 1,
                1_000_000, 100_000, quiet());
        for (String f : List.of("tokenizer.json", "vocab.json", "merges.txt", "training.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Tokenizer t = Tokenizer.load(out.resolve("tokenizer.json"));
        assertEquals(500, t.tokenId("<|endoftext|>"));
        assertEquals(502, t.tokenId("<|im_end|>"));
        for (String s : List.of("长江是中国第一大河", "Reading is to the mind", "今日は良い天気", "def add(a, b):\n",
                "未见过的文字：龘靐齉 😀 ﬁ Ａ", "<|im_start|>user\n你好<|im_end|>")) {
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), t.decode(t.encode(s)), s);
        }
        // Spark's count equals the one-machine count, so the merges are the same
        PreTokenCounter counter = new PreTokenCounter(PreTokenization.qwen2());
        for (TokenizerFixtures.Doc d : docs) {
            if (d.text() != null) {
                counter.add(d.text());
            }
        }
        TrainedBpe local = BpeTrainer.train(counter.counts(1), spec);
        assertEquals(Files.readString(out.resolve("merges.txt")), mergesOf(local));
        JsonNode training = new ObjectMapper().readTree(out.resolve("training.json").toFile());
        assertEquals(docs.size() - 1, training.path("corpus").path("documents").asLong()); // the null text is skipped
        assertEquals(counter.distinct(), training.path("corpus").path("distinct_pre_tokens").asLong());
        assertEquals(0, training.path("corpus").path("pruned_in_partitions_weight").asLong());
        assertEquals(report.get("result").toString().isEmpty(), false);
    }

    private static String mergesOf(TrainedBpe bpe) throws Exception {
        Path tmp = Files.createTempDirectory(dir, "local");
        bpe.writeMergesTxt(tmp.resolve("merges.txt"));
        return Files.readString(tmp.resolve("merges.txt"));
    }

    @Test
    void capsAndWeightsShapeTheCounts() throws Exception {
        // max-distinct 50: only the 50 most frequent pre-tokens reach the merge loop
        Path capped = dir.resolve("tok-capped");
        BpeTrainer.Spec spec = new BpeTrainer.Spec(300, 1, List.of("<|endoftext|>"), PreTokenization.qwen2());
        TrainTokenizerCommand.train(spark, input.toString(), capped, spec, null, 1, 50, 100_000, quiet());
        JsonNode training = new ObjectMapper().readTree(capped.resolve("training.json").toFile());
        assertEquals(50, training.path("corpus").path("distinct_pre_tokens_used").asLong());

        // weights: code only → no CJK merges at all
        MixtureSpec codeOnly = MixtureSpec.parse("target_tokens: 1\nmax_repetitions: 1\nweights:\n  code: {\"*\": 1}\n",
                "t");
        Path weighted = dir.resolve("tok-code");
        TrainTokenizerCommand.train(spark, input.toString(), weighted, spec, codeOnly, 1, 1_000_000, 100_000, quiet());
        String merges = Files.readString(weighted.resolve("merges.txt"));
        Tokenizer t = Tokenizer.load(weighted.resolve("tokenizer.json"));
        assertTrue(t.encode("return").length < 3, "code words are merged");
        assertEquals(Files.readString(weighted.resolve("training.json")).contains("utf8_bytes"), true);
        assertTrue(t.encode("长江").length >= 6 && !merges.isEmpty(), "no zh text was counted");
    }
}
