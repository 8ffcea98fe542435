package io.taoxi.jobs.tokenizer;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.BuildInfo;
import io.taoxi.tokenizer.BpeTrainer;
import io.taoxi.tokenizer.PreTokenization;
import io.taoxi.tokenizer.TrainedBpe;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taoxi train-tokenizer}: Spark counts pre-tokens over a stage's kept documents (NFC + Qwen2's
 * pre-tokenizer, optionally weighted per source × language by a mixture), then this machine runs the BPE
 * merge loop ({@link BpeTrainer}) and writes {@code tokenizer.json}, {@code vocab.json}, {@code merges.txt}
 * and {@code training.json}.
 *
 * <p>Weights: with {@code --weights mixture.yaml}, group g (owned by weight entry e, see
 * {@link MixtureSpec}) counts its pre-tokens × {@code share(e) · B / bytes(e)}, B the corpus's text bytes:
 * each entry then contributes its weight's share of the training text (measured in UTF-8 bytes; tokens
 * are not known before the tokenizer exists). No repetition cap applies here.
 */
@Command(name = "train-tokenizer", mixinStandardHelpOptions = true,
        description = "Train a byte-level BPE tokenizer (Qwen2 layout) on a stage's kept documents.")
public final class TrainTokenizerCommand implements Callable<Integer> {
    /** Qwen2's special tokens, in its order. */
    public static final String QWEN2_SPECIALS = "<|endoftext|>,<|im_start|>,<|im_end|>";

    @Option(names = {"-i", "--input"}, required = true, description = "Input stage folder (its kept/ is read).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, description = "Folder for tokenizer.json, vocab.json,"
            + " merges.txt, training.json.")
    Path output;

    @Option(names = "--vocab-size", required = true,
            description = "Regular tokens, the 256 byte tokens included (Qwen2: 151643).")
    int vocabSize;

    @Option(names = "--special-tokens", split = ",", defaultValue = QWEN2_SPECIALS,
            description = "Special tokens after the regular vocabulary (default: ${DEFAULT-VALUE}).")
    List<String> specialTokens;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Drop pre-tokens counted fewer times (default: ${DEFAULT-VALUE}).")
    long minCount;

    @Option(names = "--min-pair-count", defaultValue = "2",
            description = "Stop merging when the best pair occurs fewer times (default: ${DEFAULT-VALUE}).")
    long minPairCount;

    @Option(names = "--max-distinct", defaultValue = "2000000",
            description = "Most frequent distinct pre-tokens kept for the merge loop (~1.5 KB of heap each;"
                    + " default: ${DEFAULT-VALUE}).")
    int maxDistinct;

    @Option(names = "--max-distinct-per-partition", defaultValue = "500000",
            description = "Entries of each partition's count map before it prunes its rarest half"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxDistinctPerPartition;

    @Option(names = {"-w", "--weights"}, description = "Mixture YAML whose weights apply to the counts.")
    Path weights;

    @Option(names = {"-c", "--config"}, description = "Pipeline YAML whose spark section applies.")
    Path config;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    @Override
    public Integer call() throws IOException {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.exists(Path.of(input, "kept")) && !input.contains("://")) {
            throw new ConfigException("--input " + input + ": not a stage folder (no kept/)");
        }
        if (minCount < 1) {
            throw ConfigException.outOfRange("--min-count", minCount, "must be ≥ 1");
        }
        if (maxDistinct < 1) {
            throw ConfigException.outOfRange("--max-distinct", maxDistinct, "must be ≥ 1");
        }
        if (maxDistinctPerPartition < 2) {
            throw ConfigException.outOfRange("--max-distinct-per-partition", maxDistinctPerPartition, "must be ≥ 2");
        }
        BpeTrainer.Spec spec;
        try {
            spec = new BpeTrainer.Spec(vocabSize, minPairCount, specialTokens, PreTokenization.qwen2());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        MixtureSpec mixture = weights == null ? null : MixtureSpec.load(weights);
        PipelineConfig.SparkSpec sparkSpec = config == null ? PipelineConfig.SparkSpec.defaults()
                : ConfigLoader.load(config).spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        SparkSession spark = SparkSessions.create("taoxi train-tokenizer", sparkSpec);
        try {
            train(spark, input, output, spec, mixture, minCount, maxDistinct, maxDistinctPerPartition, log);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** The work, on a given session (tests pass the shared one). Returns training.json's content. */
    public static Map<String, Object> train(SparkSession spark, String input, Path output, BpeTrainer.Spec spec,
            MixtureSpec mixture, long minCount, int maxDistinct, int maxDistinctPerPartition, PrintStream log)
            throws IOException {
        long t0 = System.nanoTime();
        Instant started = Instant.now();
        Dataset<Row> kept = spark.read().parquet(new org.apache.hadoop.fs.Path(input, "kept").toString());
        HashMap<String, Double> groupWeights = null;
        Map<String, Object> weightReport = null;
        if (mixture != null) {
            Map<MixturePlan.Group, Long> bytes = PreTokenCounts.bytesByGroup(kept);
            long total = bytes.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                throw new ConfigException("--input " + input + ": the kept documents hold no text");
            }
            MixturePlan plan = MixturePlan.plan(mixture.withBudget(total, Double.POSITIVE_INFINITY), bytes);
            groupWeights = plan.ratesByGroup();
            weightReport = plan.report(null, false);
            weightReport.remove("max_repetitions");
            weightReport.put("unit", "utf8_bytes");
        }
        log.printf(Locale.ROOT, "[train-tokenizer] counting pre-tokens of %s%n", input);
        PreTokenCounts.Result counted = PreTokenCounts.count(spark, kept, spec.preTokenization(), groupWeights,
                minCount, maxDistinct, maxDistinctPerPartition);
        long tCount = System.nanoTime();
        log.printf(Locale.ROOT, "[train-tokenizer] %,d documents, %,d distinct pre-tokens (%,d with count ≥ %d),"
                        + " %,d kept for merging; merging to %,d tokens%n", counted.documents(),
                counted.distinctCounted(), counted.distinctAtMinCount(), minCount, counted.counts().size(),
                spec.vocabSize());
        TrainedBpe trained = BpeTrainer.train(counted.counts(), spec, (merges, pairCount) -> {
            if (merges % 5000 == 0) {
                log.printf(Locale.ROOT, "[train-tokenizer] %,d merges (pair count %,d)%n", merges, pairCount);
            }
        });
        long tTrain = System.nanoTime();
        Files.createDirectories(output);
        trained.writeAll(output);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input);
        report.put("started_at", started.toString());
        report.put("git_commit", BuildInfo.gitCommit());
        report.put("taoxi_version", BuildInfo.version());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("vocab_size", spec.vocabSize());
        s.put("min_pair_count", spec.minPairCount());
        s.put("special_tokens", spec.specialTokens());
        s.put("pre_tokenization", Map.of("pattern", spec.preTokenization().pattern(), "nfc",
                spec.preTokenization().nfc()));
        s.put("min_count", minCount);
        s.put("max_distinct", maxDistinct);
        s.put("max_distinct_per_partition", maxDistinctPerPartition);
        s.put("weights", mixture == null ? null : mixture.weights());
        report.put("spec", s);
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("documents", counted.documents());
        corpus.put("text_bytes", counted.textBytes());
        corpus.put("pre_tokens_weighted", Math.round(counted.preTokens()));
        corpus.put("distinct_pre_tokens", counted.distinctCounted());
        corpus.put("distinct_pre_tokens_at_min_count", counted.distinctAtMinCount());
        corpus.put("distinct_pre_tokens_used", counted.counts().size());
        corpus.put("pruned_in_partitions_weight", Math.round(counted.prunedWeight()));
        corpus.put("pruned_in_partitions_entries", counted.prunedEntries());
        report.put("corpus", corpus);
        report.put("weights", weightReport);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("regular_vocab_size", trained.regularVocabSize());
        result.put("merges", trained.mergeCount());
        result.put("special_tokens", trained.specialTokens().stream().map(t -> Map.of("content", t.content(),
                "id", t.id())).toList());
        report.put("result", result);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("count", (tCount - t0) / 1_000_000);
        timings.put("merge", (tTrain - tCount) / 1_000_000);
        timings.put("total", (System.nanoTime() - t0) / 1_000_000);
        report.put("timings_ms", timings);
        Files.writeString(output.resolve("training.json"),
                ConfigLoader.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        log.printf(Locale.ROOT, "[train-tokenizer] %,d merges in %.1f s (counting %.1f s) -> %s%n",
                trained.mergeCount(), (tTrain - tCount) / 1e9, (tCount - t0) / 1e9, output);
        return report;
    }
}
