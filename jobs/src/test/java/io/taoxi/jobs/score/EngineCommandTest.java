package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.engine.DocScore;
import io.taoxi.engine.Qwen2Config;
import io.taoxi.engine.Qwen2Model;
import io.taoxi.engine.ReferenceScorer;
import io.taoxi.engine.ScoreOptions;
import io.taoxi.tokenizer.Tokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code taoxi engine make-test-model} then {@code taoxi engine logprobs}: sane, and equal to the reference. */
class EngineCommandTest {
    @TempDir
    Path dir;

    private static int execute(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new EngineCommand());
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void makeTestModelThenLogprobs() throws IOException {
        Path tokenizer = ScoreFixtures.trainTokenizer(dir.resolve("tok"), ScoreFixtures.documents(), 300);
        Path model = dir.resolve("m");
        StringWriter err = new StringWriter();
        assertEquals(0, execute(err, "make-test-model", "--output", model.toString(), "--hidden", "32", "--layers", "2",
                "--heads", "4", "--kv-heads", "2", "--intermediate", "64", "--vocab", "320", "--seed", "5",
                "--dtype", "f32", "--tokenizer", tokenizer.toString()), err.toString());
        Tokenizer t = Tokenizer.load(model.resolve("tokenizer.json"));
        Qwen2Config config = Qwen2Model.load(model).config();
        assertEquals(320, config.vocabSize());
        assertEquals(t.tokenId("<|endoftext|>"), config.endOfTextTokenId(), "bos_token_id is the tokenizer's <|endoftext|>");

        String text = "北京是中国的首都。The library opens at nine.";
        int[] ids = t.encodeOrdinary(text);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "[5, 17, 200, 3]\n\n{\"id\": \"doc-1\", \"tokens\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10,"
                + " 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]}\n"
                + "{\"id\": 7, \"text\": \"" + text + "\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, execute(err, "logprobs", "--model", model.toString(), "--input", in.toString(), "--output",
                out.toString(), "--window", "8", "--stride", "4", "--threads", "1"), err.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        int[][] docs = {{5, 17, 200, 3}, java.util.stream.IntStream.rangeClosed(1, 25).toArray(), ids};
        List<DocScore> want;
        try (ReferenceScorer reference = new ReferenceScorer(Qwen2Model.load(model), ReferenceScorer.Precision.F64)) {
            want = reference.score(docs, new long[3], new ScoreOptions(8, 4, true, true));
        }
        double maxDiff = 0;
        for (int k = 0; k < 3; k++) {
            JsonNode o = json.readTree(lines.get(k));
            JsonNode lp = o.path("logprobs");
            assertEquals(docs[k].length, lp.size(), "every token scored after <|endoftext|>: " + o);
            assertEquals(docs[k].length, o.path("tokens_scored").asInt());
            double sum = 0;
            for (int i = 0; i < lp.size(); i++) {
                double v = lp.get(i).asDouble();
                assertTrue(v <= 0 && v > -50, "a log-probability: " + v);
                sum += v;
                maxDiff = Math.max(maxDiff, Math.abs(v - want.get(k).logProbs()[i]));
            }
            assertEquals(-sum, o.path("nll").asDouble(), 1e-3);
            assertEquals(Math.exp(-sum / lp.size()), o.path("perplexity").asDouble(), 1e-3 * o.path("perplexity").asDouble());
        }
        System.out.printf(Locale.ROOT, "engine logprobs: native vs reference F64 max abs diff %.2e nats%n", maxDiff);
        assertTrue(maxDiff < 1e-4, "max abs diff " + maxDiff);
        assertEquals(1, json.readTree(lines.get(0)).path("line").asInt());
        assertEquals("doc-1", json.readTree(lines.get(1)).path("id").asText());
        JsonNode fromText = json.readTree(lines.get(2));
        assertEquals(7, fromText.path("id").asInt());
        assertEquals(ids.length, fromText.path("tokens").size());
        assertTrue(fromText.path("bits_per_byte").asDouble() > 0);
    }

    @Test
    void badInputsAreOneLineErrors() throws IOException {
        Path tokenizer = ScoreFixtures.trainTokenizer(dir.resolve("tok"), ScoreFixtures.documents(), 300);
        StringWriter err = new StringWriter();
        // The vocabulary must hold the tokenizer's ids.
        assertNotEquals(0, execute(err, "make-test-model", "--output", dir.resolve("small").toString(), "--hidden", "32",
                "--layers", "1", "--heads", "4", "--kv-heads", "2", "--intermediate", "64", "--vocab", "100", "--seed",
                "1", "--tokenizer", tokenizer.toString()));
        assertTrue(err.toString().contains("--vocab = 100: must be >= the tokenizer's"), err.toString());

        Path model = dir.resolve("m");
        assertEquals(0, execute(err, "make-test-model", "--output", model.toString(), "--hidden", "32", "--layers", "1",
                "--heads", "4", "--kv-heads", "2", "--intermediate", "64", "--vocab", "64", "--seed", "1"));
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, "[1, 2]\n[1, 99]\n");
        StringWriter err2 = new StringWriter();
        assertNotEquals(0, execute(err2, "logprobs", "--model", model.toString(), "--input", in.toString(),
                "--engine", "reference", "--output", dir.resolve("o.jsonl").toString()));
        assertTrue(err2.toString().contains("token id 99 is outside [0, 64)"), err2.toString());
        Files.writeString(in, "{\"x\": 1}\n");
        StringWriter err3 = new StringWriter();
        assertNotEquals(0, execute(err3, "logprobs", "--model", model.toString(), "--input", in.toString()));
        assertTrue(err3.toString().contains("bad.jsonl:1: expected"), err3.toString());
    }
}
