package io.taoxi.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.testing.TestSpark;
import io.taoxi.jobs.tokenizer.TokenShardReader;
import io.taoxi.tokenizer.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a small JSON-lines corpus made of the audit's parallel sentences: ingest → filter →
 * dedup → score (a random test model written by the pipeline) → tokenizer training → tokenize → audit →
 * report; then a second run that finds every step current; and the configuration errors that must stop a
 * run before Spark starts.
 */
class PipelineTest {
    static final Path PARALLEL = Path.of("../audit/parallel");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path corpus;
    static int documents;

    @BeforeAll
    static void setUp() throws Exception {
        spark = TestSpark.session();
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(PARALLEL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".txt", "");
                List<String> sentences = Files.readAllLines(f).stream().filter(s -> !s.isBlank()).limit(40).toList();
                for (int i = 0; i + 4 <= sentences.size(); i += 4) {
                    String text = String.join("\n", sentences.subList(i, i + 4));
                    lines.add(JSON.writeValueAsString(Map.of("id", lang + "-" + i, "text", text)));
                }
            }
        }
        documents = lines.size();
        Files.write(corpus.resolve("docs.jsonl"), lines, StandardCharsets.UTF_8);
    }

    String yaml(Path out) {
        return """
                run: {name: t, output: %s}
                ingest:
                  inputs: [{path: %s, source: web, format: jsonl, options: {id_column: id}}]
                filter:
                  drop_undetermined: true
                dedup: {}
                score:
                  model: %s
                  create_test_model: true
                  window_tokens: 64
                  stride_tokens: 32
                  batch_tokens: 512
                  threads: 1
                tokenizer:
                  vocab_size: 400
                  min_count: 1
                tokenize: {}
                audit:
                  texts: [%s]
                  bootstrap_samples: 100
                  coverage: false
                  max_texts_per_lang: 50
                """.formatted(out, corpus, dir.resolve("model"), PARALLEL.toAbsolutePath());
    }

    @Test
    void runsEveryStepThenFindsThemCurrent() throws Exception {
        Path out = dir.resolve("run");
        PipelineConfig config = ConfigLoader.parse(yaml(out), "test.yaml");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<StageResult> first = new Pipeline(config, null, new PrintStream(log, true, StandardCharsets.UTF_8)).run(spark);
        assertEquals(List.of("ingest", "filter", "dedup", "score", "tokenize"), first.stream().map(StageResult::stage).toList());
        assertTrue(first.stream().noneMatch(StageResult::skipped));
        assertEquals(documents, first.get(0).manifest().path("counts").path("in").path("docs").asLong());
        // Each stage reads what the previous one kept.
        for (int i = 1; i < first.size(); i++) {
            assertEquals(first.get(i - 1).count("kept"), first.get(i).manifest().path("counts").path("in").path("docs").asLong(),
                    first.get(i).stage());
        }
        StageResult score = first.get(3);
        assertTrue(score.count("kept") > 0 && score.count("dropped") > 0, "CCNet buckets keep head+middle, drop the tail");

        // The tokenizer was trained on the score stage's kept documents and loads; the shards hold every kept document.
        Tokenizer trained = Tokenizer.load(out.resolve("tokenizer/tokenizer.json"));
        assertTrue(trained.vocabSize() > 256 && trained.tokenId("<|endoftext|>") >= 256);
        JsonNode training = JSON.readTree(out.resolve("tokenizer/training.json").toFile());
        assertEquals(score.count("kept"), training.path("corpus").path("documents").asLong());
        JsonNode tokens = JSON.readTree(out.resolve("tokenize/tokens.json").toFile());
        assertEquals(score.count("kept"), tokens.path("totals").path("documents_written").asLong());
        long shardTokens = 0;
        long shardDocs = 0;
        for (JsonNode shard : tokens.path("shards")) {
            try (TokenShardReader r = TokenShardReader.open(out.resolve("tokenize").resolve(shard.path("prefix").asText()))) {
                shardDocs += r.documentCount();
                for (int d = 0; d < r.sequenceCount(); d++) {
                    int[] ids = r.sequence(d);
                    assertEquals(trained.tokenId("<|endoftext|>"), ids[ids.length - 1], "every document ends with the end token");
                    shardTokens += ids.length;
                }
            }
        }
        assertEquals(tokens.path("totals").path("tokens").asLong(), shardTokens);
        assertEquals(score.count("kept"), shardDocs);

        // Tokens per stage with the trained tokenizer: outcomes add up, the score stage's kept text is exactly
        // what went into the shards (one end token per document), and the report's funnel carries them.
        JsonNode counted = JSON.readTree(out.resolve("token_counts/token_counts.json").toFile()).path("stages");
        for (StageResult r : first.subList(0, 4)) {
            JsonNode t = counted.path(r.stage());
            assertEquals(r.manifest().path("config_hash").asText(), t.path("config_hash").asText());
            assertEquals(t.path("in").asLong(), t.path("kept").asLong() + t.path("dropped").asLong()
                    + t.path("quarantined").asLong(), r.stage());
        }
        assertTrue(counted.path("ingest").path("kept").asLong() > counted.path("score").path("kept").asLong());
        assertEquals(shardTokens, counted.path("score").path("kept").asLong() + shardDocs);
        List<String> funnel = Files.readAllLines(out.resolve("report/data/funnel.csv"));
        String header = funnel.get(0);
        int keptTokensAt = List.of(header.split(",")).indexOf("kept_tokens");
        String scoreRow = funnel.stream().filter(l -> l.startsWith("score,")).findFirst().orElseThrow();
        assertEquals(counted.path("score").path("kept").asText(), scoreRow.split(",")[keptTokensAt]);
        String tokenizeRow = funnel.stream().filter(l -> l.startsWith("tokenize,")).findFirst().orElseThrow();
        assertEquals(String.valueOf(shardTokens - shardDocs), tokenizeRow.split(",")[keptTokensAt], "text tokens in the shards");

        // The audit compared the trained tokenizer on the kept documents and the parallel set; the report shows both.
        JsonNode audit = JSON.readTree(out.resolve("audit/audit.json").toFile());
        assertTrue(audit.toString().contains("taoxi-trained"));
        String report = Files.readString(out.resolve("report/report.md"));
        assertTrue(report.contains("Tokenizer audit") && report.contains("audit.json"), "audit in the report");
        assertTrue(Files.readString(out.resolve("report/data/perplexity_cutoffs.csv")).startsWith("language,source,docs_scored"));
        String summary = log.toString(StandardCharsets.UTF_8);
        System.out.println(summary.lines().filter(l -> l.startsWith("pipeline ") || l.startsWith("time per step"))
                .collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(summary.contains("tokens in shards"), summary);
        assertTrue(summary.contains("time per step: ingest"), summary);

        // Every number of the funnel and of the reasons table is recomputed from the stages' Parquet outputs.
        List<String> reasonRows = Files.readAllLines(out.resolve("report/data/reasons.csv"));
        List<String> reasonHeader = List.of(reasonRows.get(0).split(","));
        for (StageResult r : first) {
            long[] docs = new long[3];
            long[] bytes = new long[3];
            Map<String, Long> byReason = new java.util.TreeMap<>();
            String[] outcomes = {"kept", "dropped", "quarantine"};
            for (int o = 0; o < 3; o++) {
                Path folder = Path.of(r.output(), outcomes[o]);
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (io.taoxi.jobs.report.ParquetRows rows = io.taoxi.jobs.report.ParquetRows.open(
                        io.taoxi.jobs.report.ParquetRows.partFiles(folder), List.of("record_bytes", "reason"))) {
                    while (rows.hasNext()) {
                        Map<String, Object> row = rows.next();
                        docs[o]++;
                        bytes[o] += row.get("record_bytes") == null ? 0 : ((Number) row.get("record_bytes")).longValue();
                        if (o > 0) {
                            byReason.merge(String.valueOf(row.get("reason")), 1L, Long::sum);
                        }
                    }
                }
            }
            String row = funnel.stream().filter(l -> l.startsWith(r.stage() + ",")).findFirst().orElseThrow();
            List<String> cells = List.of(row.split(","));
            List<String> columns = List.of(header.split(","));
            assertEquals(docs[0] + docs[1] + docs[2], Long.parseLong(cells.get(columns.indexOf("in_docs"))), r.stage());
            assertEquals(docs[0], Long.parseLong(cells.get(columns.indexOf("kept_docs"))), r.stage());
            assertEquals(docs[1], Long.parseLong(cells.get(columns.indexOf("dropped_docs"))), r.stage());
            assertEquals(docs[2], Long.parseLong(cells.get(columns.indexOf("quarantined_docs"))), r.stage());
            assertEquals(bytes[0] + bytes[1] + bytes[2], Long.parseLong(cells.get(columns.indexOf("in_bytes"))), r.stage());
            assertEquals(bytes[0], Long.parseLong(cells.get(columns.indexOf("kept_bytes"))), r.stage());
            byReason.forEach((reason, n) -> {
                String reasonRow = reasonRows.stream().filter(l -> l.startsWith(r.stage() + "," + reason + ","))
                        .findFirst().orElseThrow(() -> new AssertionError(r.stage() + " " + reason + " not in reasons.csv"));
                assertEquals(n, Long.parseLong(reasonRow.split(",")[reasonHeader.indexOf("docs")]), r.stage() + " " + reason);
            });
        }
        // Tokens per reason: the trained tokenizer's count of each reason's documents (token_counts.json), and
        // per stage they add up to its dropped + quarantined tokens.
        JsonNode tokenStages = new ObjectMapper().readTree(out.resolve("token_counts/token_counts.json").toFile())
                .path("stages");
        int reasonsWithTokens = 0;
        for (String line : reasonRows.subList(1, reasonRows.size())) {
            String[] cells = line.split(",", -1);
            JsonNode stageTokens = tokenStages.path(cells[0]);
            if (!stageTokens.isObject()) {
                continue;
            }
            long expected = stageTokens.path("by_reason").path(cells[1]).asLong(-1);
            assertEquals(expected, Long.parseLong(cells[reasonHeader.indexOf("tokens")]), line);
            reasonsWithTokens++;
        }
        assertTrue(reasonsWithTokens > 0, "no reason row carries tokens");
        tokenStages.fields().forEachRemaining(e -> {
            long sum = 0;
            for (java.util.Iterator<JsonNode> it = e.getValue().path("by_reason").elements(); it.hasNext(); ) {
                sum += it.next().asLong();
            }
            assertEquals(e.getValue().path("dropped").asLong() + e.getValue().path("quarantined").asLong(), sum,
                    e.getKey());
        });

        // Second run: every step is current, nothing is rewritten.
        long tokenizerModified = Files.getLastModifiedTime(out.resolve("tokenizer/tokenizer.json")).toMillis();
        ByteArrayOutputStream log2 = new ByteArrayOutputStream();
        List<StageResult> second = new Pipeline(ConfigLoader.parse(yaml(out), "test.yaml"), null,
                new PrintStream(log2, true, StandardCharsets.UTF_8)).run(spark);
        assertTrue(second.stream().allMatch(StageResult::skipped), log2.toString(StandardCharsets.UTF_8));
        String again = log2.toString(StandardCharsets.UTF_8);
        assertTrue(again.contains("[tokenizer] current") && again.contains("[audit] current"), again);
        assertEquals(tokenizerModified, Files.getLastModifiedTime(out.resolve("tokenizer/tokenizer.json")).toMillis());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).manifest().path("config_hash"), second.get(i).manifest().path("config_hash"));
        }
        assertFalse(Files.exists(out.resolve("tokenizer.inprogress")));
    }

    @Test
    void configurationErrorsNameTheKeyBeforeSparkStarts() {
        Path out = dir.resolve("bad");
        String base = yaml(out);
        ConfigException noTrainer = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                base.replace("tokenizer:\n  vocab_size: 400\n  min_count: 1\n", ""), "t.yaml"));
        assertTrue(noTrainer.getMessage().contains("tokenize.tokenizer"), noTrainer.getMessage());
        ConfigException vocab = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                base.replace("vocab_size: 400", "vocab_size: 100"), "t.yaml"));
        assertTrue(vocab.getMessage().contains("tokenizer.vocab_size"), vocab.getMessage());
        // Files the sections name are checked when the run starts, before any stage.
        PipelineConfig noMixture = ConfigLoader.parse(
                base.replace("tokenize: {}", "tokenize: {mixture: " + dir.resolve("none.yaml") + "}"), "t.yaml");
        ConfigException mixture = assertThrows(ConfigException.class,
                () -> new Pipeline(noMixture, null, System.out).run(spark));
        assertTrue(mixture.getMessage().contains("tokenize.mixture"), mixture.getMessage());
        PipelineConfig noTexts = ConfigLoader.parse(
                base.replace("texts: [" + PARALLEL.toAbsolutePath() + "]", "texts: [" + dir.resolve("absent") + "]"), "t.yaml");
        ConfigException texts = assertThrows(ConfigException.class,
                () -> new Pipeline(noTexts, null, System.out).run(spark));
        assertTrue(texts.getMessage().contains("audit.texts[0]"), texts.getMessage());
        ConfigException model = assertThrows(ConfigException.class, () -> ConfigLoader.parse(
                base.replace("  create_test_model: true\n", "").replace("  model: " + dir.resolve("model") + "\n", ""), "t.yaml"));
        assertTrue(model.getMessage().contains("score.model"), model.getMessage());
        assertFalse(Files.exists(out), "nothing was written");
    }
}
