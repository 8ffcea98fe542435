package io.taoxi.jobs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.taoxi.jobs.audit.AuditSpec;
import io.taoxi.jobs.audit.AuditTokenizersCommand;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.dedup.DedupStage;
import io.taoxi.jobs.filter.FilterStages;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.report.FunnelReport;
import io.taoxi.jobs.score.DemoModel;
import io.taoxi.jobs.score.ScoreEngines;
import io.taoxi.jobs.score.ScoreSpec;
import io.taoxi.jobs.score.ScoreStage;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageProgress;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import io.taoxi.jobs.tokenizer.TokenizeSpec;
import io.taoxi.jobs.tokenizer.TokenizeStage;
import io.taoxi.jobs.tokenizer.TrainTokenizerCommand;
import io.taoxi.jobs.tokenizer.TrainTokenizerSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Infrastructure: runs the configured steps in order under one SparkSession, each into
 * {@code run.output/<step>}: ingest → filter → dedup → score (Parquet stages, {@link StageRunner}) →
 * tokenizer (training, a {@link FolderStep}) → tokenize (token shards, a Parquet stage) → audit (a
 * {@link FolderStep}, after Spark stops) → report. A step whose section is absent is left out; a step
 * whose output is current is skipped. Every section is validated, and every stage that can be built is
 * built, before Spark starts.
 */
public final class Pipeline {
    public static final String TOKENIZER_DIR = "tokenizer";
    public static final String AUDIT_DIR = "audit";
    public static final String TOKEN_COUNTS_DIR = "token_counts";
    public static final String TOKEN_COUNTS_JSON = "token_counts.json";

    private final PipelineConfig config;
    private final String master;
    private final PrintStream out;

    public Pipeline(PipelineConfig config, String master, PrintStream out) {
        this.config = config;
        this.master = master;
        this.out = out;
    }

    /** One line of the final summary: a step, whether it ran, and its wall time. */
    public record StepTime(String step, boolean skipped, double seconds) {
    }

    /** Runs every step under a SparkSession of its own (stopped at the end). */
    public List<StageResult> run() throws IOException {
        return run(null);
    }

    /**
     * Runs every step; {@code shared} (tests, embedding applications) is used and left running, while
     * null makes a session from the configuration, after every check, and stops it at the end.
     */
    public List<StageResult> run(SparkSession shared) throws IOException {
        PipelineConfig.SparkSpec sparkSpec = config.spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        if (config.ingest() != null) {
            config.ingest().checkLocalInputs();
        }
        if (config.tokenizer() != null) {
            config.tokenizer().checkFiles();
        }
        if (config.tokenize() != null) {
            config.tokenize().checkFiles();
        }
        if (config.audit() != null) {
            config.audit().checkFiles();
        }
        Path runDir = Path.of(config.run().output());
        List<StageResult> results = new ArrayList<>();
        List<StepTime> times = new ArrayList<>();
        long t0 = System.nanoTime();
        // Every stage that does not depend on an earlier step's files is built (and its configuration
        // checked, the scoring model loaded) before Spark starts.
        List<Stage> stages = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        if (config.ingest() != null) {
            stages.add(new IngestStage(config.ingest()));
            outputs.add(runDir.resolve("ingest").toString());
        }
        String previous = runDir.resolve("ingest").toString();
        if (config.filter() != null) {
            stages.add(FilterStages.filter(config.filter(), previous));
            previous = runDir.resolve("filter").toString();
            outputs.add(previous);
        }
        if (config.dedup() != null) {
            stages.add(new DedupStage(config.dedup(), previous, out));
            previous = runDir.resolve("dedup").toString();
            outputs.add(previous);
        }
        if (config.score() != null) {
            ScoreSpec score = config.score();
            DemoModel.prepare(score, out);
            String output = runDir.resolve(ScoreStage.NAME).toString();
            stages.add(new ScoreStage(score, previous, output));
            previous = output;
            outputs.add(output);
        }
        TrainTokenizerSpec train = config.tokenizer();
        TokenizeSpec tokenize = config.tokenize();
        AuditSpec audit = config.audit();
        Path tokenizerDir = runDir.resolve(TOKENIZER_DIR);
        Path tokenizerJson = tokenize != null && tokenize.tokenizer() != null ? Path.of(tokenize.tokenizer())
                : tokenizerDir.resolve("tokenizer.json");
        // A given tokenizer is checked (and its stage built) now; a trained one exists only after training.
        TokenizeStage tokenizeStage = tokenize != null && tokenize.tokenizer() != null
                ? new TokenizeStage(previous, runDir.resolve(TokenizeStage.NAME).toString(), tokenizerJson,
                        tokenize.eodToken(), tokenize.mixtureSpec())
                : null;
        String keptForTokens = previous;
        PipelineConfig.SparkSpec startWith = config.score() == null ? sparkSpec
                : io.taoxi.jobs.score.ScoreCommand.withScoringDefaults(sparkSpec, null);
        if (config.score() != null && shared == null) {
            io.taoxi.jobs.score.ScoreDevice.check(config.score().device(),
                    SparkSessions.conf("taoxi pipeline", startWith));
        }
        SparkSession spark = shared != null ? shared
                : SparkSessions.create("taoxi pipeline " + config.run().name(), startWith);
        try {
            StageRunner runner = new StageRunner(spark, out);
            for (int i = 0; i < stages.size(); i++) {
                out.println("== stage " + stages.get(i).name());
                long s0 = System.nanoTime();
                StageResult r = runner.run(stages.get(i), outputs.get(i));
                results.add(r);
                times.add(new StepTime(stages.get(i).name(), r.skipped(), (System.nanoTime() - s0) / 1e9));
            }
            if (train != null) {
                out.println("== step " + TOKENIZER_DIR);
                long s0 = System.nanoTime();
                String fingerprint = FolderStep.fingerprint(train, Path.of(keptForTokens, "manifest.json"),
                        train.weights() == null ? Path.of("-") : Path.of(train.weights()));
                boolean ran = FolderStep.run(TOKENIZER_DIR, tokenizerDir, fingerprint, folder ->
                        TrainTokenizerCommand.train(spark, keptForTokens, folder, train.bpe(), train.mixture(),
                                train.minCount(), train.maxDistinct(), train.maxDistinctPerPartition(), out));
                if (!ran) {
                    out.println("[" + TOKENIZER_DIR + "] current, skipped: " + tokenizerDir);
                }
                times.add(new StepTime(TOKENIZER_DIR, !ran, (System.nanoTime() - s0) / 1e9));
            }
            if (tokenize != null) {
                out.println("== stage " + TokenizeStage.NAME);
                long s0 = System.nanoTime();
                String output = runDir.resolve(TokenizeStage.NAME).toString();
                TokenizeStage stage = tokenizeStage != null ? tokenizeStage
                        : new TokenizeStage(keptForTokens, output, tokenizerJson, tokenize.eodToken(), tokenize.mixtureSpec());
                StageResult r = runner.run(stage, output);
                results.add(r);
                times.add(new StepTime(TokenizeStage.NAME, r.skipped(), (System.nanoTime() - s0) / 1e9));
                if (tokenize.countStages()) {
                    out.println("== step " + TOKEN_COUNTS_DIR);
                    long c0 = System.nanoTime();
                    boolean ran = countTokens(spark, results, tokenizerJson, runDir.resolve(TOKEN_COUNTS_DIR));
                    times.add(new StepTime(TOKEN_COUNTS_DIR, !ran, (System.nanoTime() - c0) / 1e9));
                }
            }
        } finally {
            if (shared == null) {
                spark.stop();
                ScoreEngines.closeAll();
            }
        }
        if (audit != null) {
            out.println("== step " + AUDIT_DIR);
            long s0 = System.nanoTime();
            boolean ran = audit(audit, tokenizerDir.resolve("tokenizer.json"), Path.of(keptForTokens),
                    runDir.resolve(AUDIT_DIR));
            times.add(new StepTime(AUDIT_DIR, !ran, (System.nanoTime() - s0) / 1e9));
        }
        long r0 = System.nanoTime();
        List<Path> report = FunnelReport.write(runDir, runDir.resolve("report"));
        times.add(new StepTime("report", false, (System.nanoTime() - r0) / 1e9));
        summary(runDir, results, times, (System.nanoTime() - t0) / 1e9);
        for (Path p : report) {
            out.println("report: " + p.toAbsolutePath());
        }
        return results;
    }

    /** The audit step: the trained tokenizer (and the configured others) on the kept documents and texts. */
    private boolean audit(AuditSpec spec, Path trained, Path stage, Path output) {
        Map<String, Path> tokenizers = new LinkedHashMap<>();
        tokenizers.put(AuditSpec.TRAINED, trained);
        spec.tokenizers().forEach((name, path) -> tokenizers.put(name, Path.of(path)));
        List<Path> texts = new ArrayList<>();
        texts.add(stage.resolve("kept"));
        spec.texts().forEach(t -> texts.add(Path.of(t)));
        List<Path> inputs = new ArrayList<>();
        inputs.add(stage.resolve("manifest.json"));
        tokenizers.values().forEach(inputs::add);
        for (String t : spec.texts()) {
            inputs.addAll(filesUnder(Path.of(t)));
        }
        Map<String, Object> fingerprinted = new LinkedHashMap<>();
        fingerprinted.put("spec", spec);
        fingerprinted.put("tokenizers", tokenizers.keySet());
        String fingerprint = FolderStep.fingerprint(fingerprinted, inputs.toArray(new Path[0]));
        boolean ran = FolderStep.run(AUDIT_DIR, output, fingerprint, folder -> {
            List<Path> written = AuditTokenizersCommand.run(tokenizers, texts, folder, new AuditTokenizersCommand.Options(
                    "text", "lang", spec.maxTextsPerLang(), spec.bootstrapSamples(), spec.seed(), spec.confidence(),
                    spec.coverage(), spec.words()));
            out.println("[" + AUDIT_DIR + "] wrote " + written.size() + " files");
        });
        if (!ran) {
            out.println("[" + AUDIT_DIR + "] current, skipped: " + output);
        }
        return ran;
    }

    /**
     * Tokens of every earlier Parquet stage of this run (not the tokenize stage, whose tokens.json has its
     * own), with the trained tokenizer, into {@code token_counts/token_counts.json}; the report puts them
     * into its funnel when a stage's {@code config_hash} still matches.
     */
    private boolean countTokens(SparkSession spark, List<StageResult> results, Path tokenizerJson, Path output)
            throws IOException {
        List<StageResult> stages = results.stream().filter(r -> !r.stage().equals(TokenizeStage.NAME)).toList();
        List<Path> inputs = new ArrayList<>();
        inputs.add(tokenizerJson);
        stages.forEach(r -> inputs.add(Path.of(r.output(), "manifest.json")));
        String fingerprint = FolderStep.fingerprint(Map.of("operator", "token_counts_v1"), inputs.toArray(new Path[0]));
        String json = Files.readString(tokenizerJson);
        boolean ran = FolderStep.run(TOKEN_COUNTS_DIR, output, fingerprint, folder -> {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("operator", "token_counts_v1");
            root.put("tokenizer", tokenizerJson.toString());
            root.put("tokenizer_sha256", FolderStep.fingerprint(Map.of(), tokenizerJson));
            root.put("encode", "ordinary");
            Map<String, Object> byStage = new LinkedHashMap<>();
            for (StageResult r : stages) {
                long t0 = System.nanoTime();
                io.taoxi.jobs.tokenizer.TokenCounts.StageTokens t =
                        io.taoxi.jobs.tokenizer.TokenCounts.count(spark, r.output(), json);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("config_hash", r.manifest().path("config_hash").asText());
                entry.put("in", t.in());
                t.byOutcome().forEach(entry::put);
                entry.put("by_reason", t.byReason());
                byStage.put(r.stage(), entry);
                out.printf(Locale.ROOT, "[%s] %s: %,d tokens in, %,d kept (%.1f s)%n", TOKEN_COUNTS_DIR, r.stage(),
                        t.in(), t.byOutcome().get("kept"), (System.nanoTime() - t0) / 1e9);
            }
            root.put("stages", byStage);
            Files.writeString(folder.resolve(TOKEN_COUNTS_JSON),
                    ConfigLoader.jsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        });
        if (!ran) {
            out.println("[" + TOKEN_COUNTS_DIR + "] current, skipped: " + output);
        }
        return ran;
    }

    /** Small text inputs (parallel sets) fingerprinted by content; Parquet folders are named by their manifest. */
    private static List<Path> filesUnder(Path p) {
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        if (Files.isRegularFile(p.resolve("manifest.json"))) {
            return List.of(p.resolve("manifest.json"));
        }
        try (var walk = Files.walk(p, 2)) {
            return walk.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.size(f) < (16 << 20);
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException("audit.texts: cannot list " + p + ": " + e.getMessage(), e);
        }
    }

    /** The final lines: documents, bytes and tokens kept, and the time of every step. */
    private void summary(Path runDir, List<StageResult> results, List<StepTime> times, double seconds) {
        StageResult lastDocs = null;
        for (StageResult r : results) {
            if (!r.stage().equals(TokenizeStage.NAME)) {
                lastDocs = r;
            }
        }
        StringBuilder line = new StringBuilder("pipeline " + config.run().name() + ": ");
        if (lastDocs != null) {
            line.append(String.format(Locale.ROOT, "%,d documents kept (%s of text) after %s", lastDocs.count("kept"),
                    StageProgress.human(lastDocs.bytes("kept")), lastDocs.stage()));
        } else {
            line.append("no stage");
        }
        Path tokensJson = runDir.resolve(TokenizeStage.NAME).resolve(TokenizeStage.TOKENS_JSON);
        if (Files.isRegularFile(tokensJson)) {
            try {
                JsonNode totals = ConfigLoader.jsonMapper().readTree(tokensJson.toFile()).path("totals");
                line.append(String.format(Locale.ROOT, ", %,d tokens in shards (%,d documents written)",
                        totals.path("tokens").asLong(), totals.path("documents_written").asLong()));
            } catch (IOException e) {
                line.append(", tokens unknown (" + tokensJson + ": " + e.getMessage() + ")");
            }
        }
        line.append(String.format(Locale.ROOT, "; %.1f s in all", seconds));
        out.println(line);
        StringBuilder steps = new StringBuilder("time per step:");
        for (StepTime t : times) {
            steps.append(String.format(Locale.ROOT, " %s %.1f s%s", t.step(), t.seconds(), t.skipped() ? " (current)" : ""))
                    .append(';');
        }
        steps.setLength(steps.length() - 1);
        out.println(steps);
        out.println("output: " + runDir.toAbsolutePath());
    }
}
