package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.tokenizer.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** taoxi tokenize end to end in local[2]: outcomes, shards that decode back to the kept texts, tokens.json. */
class TokenizeStageTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static Path tokenizerJson;
    static Tokenizer tokenizer;
    static List<TokenizerFixtures.Doc> docs;

    @BeforeAll
    static void setUp() throws Exception {
        spark = TestSpark.session();
        docs = TokenizerFixtures.documents();
        input = dir.resolve("run/filter");
        TokenizerFixtures.writeStage(spark, input, docs);
        tokenizerJson = TokenizerFixtures.trainTokenizer(Files.createDirectories(dir.resolve("tok")), docs);
        tokenizer = Tokenizer.load(tokenizerJson);
    }

    static StageResult run(TokenizeStage stage, Path out) {
        return new StageRunner(spark, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(stage, out.toString());
    }

    @Test
    void everyKeptDocumentIsInTheShardsWithItsEndOfDocumentToken() throws Exception {
        Path out = dir.resolve("run/tokenize");
        StageResult r = run(new TokenizeStage(input.toString(), out.toString(), tokenizerJson, "<|endoftext|>", null),
                out);
        JsonNode m = r.manifest();
        assertTrue(m.path("invariant_holds").asBoolean(), m.toString());
        assertEquals(docs.size(), m.path("counts").path("in").path("docs").asLong());
        assertEquals(docs.size() - 2, r.count("kept"));
        assertEquals(2, m.path("by_reason").path(TokenizeStage.EMPTY).path("docs").asLong());
        assertEquals(0, r.count("quarantined"));

        Map<String, Long> tokensById = new HashMap<>();
        for (Row row : spark.read().parquet(out.resolve("kept").toString()).select("id", "tokens", "token_copies")
                .collectAsList()) {
            tokensById.put(row.getString(0), row.getLong(1));
            assertEquals(1, row.getInt(2));
        }
        int eod = tokenizer.tokenId("<|endoftext|>");
        // every shard document is one kept text + <|endoftext|>, and together they are all the kept texts
        Map<String, Integer> textsSeen = new HashMap<>();
        long shardTokens = 0;
        List<Path> idx;
        try (Stream<Path> s = Files.list(out.resolve("shards"))) {
            idx = s.filter(p -> p.toString().endsWith(".idx")).sorted().toList();
        }
        assertTrue(idx.size() >= 2, "one shard per non-empty partition: " + idx);
        for (Path p : idx) {
            Path prefix = Path.of(p.toString().replaceAll("\\.idx$", ""));
            try (TokenShardReader reader = TokenShardReader.open(prefix)) {
                assertEquals(TokenDtype.UINT16, reader.dtype());
                for (int i = 0; i < reader.sequenceCount(); i++) {
                    int[] ids = reader.sequence(i);
                    assertEquals(eod, ids[ids.length - 1]);
                    String text = tokenizer.decode(java.util.Arrays.copyOf(ids, ids.length - 1));
                    textsSeen.merge(text, 1, Integer::sum);
                    shardTokens += ids.length;
                }
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        long expectedTokens = 0;
        for (TokenizerFixtures.Doc d : docs) {
            if (d.text() != null && !d.text().isEmpty()) {
                expected.merge(d.text(), 1, Integer::sum);
                int n = tokenizer.encodeOrdinary(d.text()).length + 1;
                assertEquals(n, tokensById.get(d.id()), d.id());
                expectedTokens += n;
            }
        }
        assertEquals(expected, textsSeen);
        assertEquals(expectedTokens, shardTokens);

        JsonNode tokens = new ObjectMapper().readTree(out.resolve("tokens.json").toFile());
        assertEquals(expectedTokens, tokens.path("totals").path("tokens").asLong());
        assertEquals(docs.size() - 2, tokens.path("totals").path("documents_written").asLong());
        assertEquals("uint16", tokens.path("dtype").asText());
        long zh = 0;
        for (TokenizerFixtures.Doc d : docs) {
            if (d.lang().equals("zh-Hans")) {
                zh += tokensById.get(d.id());
            }
        }
        assertEquals(zh, tokens.path("by_source_language").path("web").path("zh-Hans").path("tokens").asLong());
        assertEquals(idx.size(), tokens.path("shards").size());

        // The same shard read by an independent Python reader of the documented layout
        Path first = Path.of(idx.get(0).toString().replaceAll("\\.idx$", ""));
        JsonNode py = PythonReader.read(first, dir);
        try (TokenShardReader reader = TokenShardReader.open(first)) {
            assertEquals(reader.documentCount(), py.get("documents").asInt());
            for (int i = 0; i < reader.sequenceCount(); i++) {
                int[] ids = reader.sequence(i);
                int[] fromPython = new int[py.get("tokens").get(i).size()];
                for (int k = 0; k < fromPython.length; k++) {
                    fromPython[k] = py.get("tokens").get(i).get(k).asInt();
                }
                assertArrayEquals(ids, fromPython);
            }
        }

        // Run again: current, skipped
        assertTrue(run(new TokenizeStage(input.toString(), out.toString(), tokenizerJson, "<|endoftext|>", null), out)
                .skipped());
    }

    @Test
    void theMixtureSubsamplesRepeatsAndReportsAchievedVsTarget() throws Exception {
        // zh-Hans gets 50 % of a budget smaller than it holds (down-sampled), en 40 % of the budget (more
        // than it holds: up-sampled, capped at 2), ja/code match no entry (dropped).
        long zhTokens = 0;
        long enTokens = 0;
        for (TokenizerFixtures.Doc d : docs) {
            if (d.text() != null && !d.text().isEmpty()) {
                long n = tokenizer.encodeOrdinary(d.text()).length + 1;
                if (d.lang().equals("zh-Hans")) {
                    zhTokens += n;
                } else if (d.lang().equals("en")) {
                    enTokens += n;
                }
            }
        }
        // Weights in token units, so the budget is their sum: zh gets half of what it holds (rate 0.5),
        // en three times what it holds (rate 3, capped at 2), forum has no documents.
        long forum = 100;
        long budget = zhTokens / 2 + 3 * enTokens + forum;
        MixtureSpec mix = MixtureSpec.parse("target_tokens: " + budget + "\nmax_repetitions: 2\nepoch: 3\n"
                + "weights:\n  web: {zh-Hans: " + (zhTokens / 2.0) + ", en: " + (3 * enTokens) + "}\n"
                + "  forum: {\"*\": " + forum + "}\n", "test");
        Path out = dir.resolve("run/tokenize-mix");
        StageResult r = run(new TokenizeStage(input.toString(), out.toString(), tokenizerJson, "<|endoftext|>", mix),
                out);
        JsonNode m = r.manifest();
        assertTrue(m.path("invariant_holds").asBoolean(), m.toString());
        assertEquals(4 + 6, m.path("by_reason").path(TokenizeStage.ZERO_WEIGHT).path("docs").asLong());
        long subsampled = m.path("by_reason").path(TokenizeStage.SUBSAMPLED).path("docs").asLong();
        assertTrue(subsampled >= 12 && subsampled <= 28, "about half of 40 zh documents: " + subsampled);

        Map<String, Integer> copies = new HashMap<>();
        for (Row row : spark.read().parquet(out.resolve("kept").toString()).select("id", "lang", "token_copies")
                .collectAsList()) {
            copies.put(row.getString(0), row.getInt(2));
            if (row.getString(1).equals("en")) {
                assertEquals(2, row.getInt(2));
            } else {
                assertEquals(1, row.getInt(2));
                assertEquals(1, MixturePlan.copies(row.getString(0), 3, 0.5));
            }
        }
        JsonNode tokens = new ObjectMapper().readTree(out.resolve("tokens.json").toFile());
        JsonNode mixture = tokens.path("mixture");
        assertEquals(budget, mixture.path("target_tokens").asLong());
        assertTrue(!mixture.path("available_tokens_estimated").asBoolean());
        JsonNode en = null;
        JsonNode zh = null;
        for (JsonNode e : mixture.path("entries")) {
            if (e.path("lang").asText().equals("en")) {
                en = e;
            } else if (e.path("lang").asText().equals("zh-Hans")) {
                zh = e;
            }
        }
        assertEquals(enTokens, en.path("available_tokens").asLong());
        assertTrue(en.path("capped").asBoolean());
        assertEquals(2 * enTokens, en.path("achieved_tokens").asLong());
        assertEquals(zhTokens, zh.path("available_tokens").asLong());
        assertEquals(0.5, zh.path("rate").asDouble(), 1e-12);
        long documentsWritten = copies.values().stream().mapToLong(Integer::longValue).sum();
        long shardDocs = 0;
        try (Stream<Path> s = Files.list(out.resolve("shards"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".idx")).toList()) {
                try (TokenShardReader reader = TokenShardReader.open(Path.of(p.toString().replaceAll("\\.idx$", "")))) {
                    shardDocs += reader.documentCount();
                }
            }
        }
        assertEquals(documentsWritten, shardDocs);
        assertEquals(tokens.path("totals").path("tokens").asLong(), mixture.path("achieved_tokens").asLong());
    }
}
