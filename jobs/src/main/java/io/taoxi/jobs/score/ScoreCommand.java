package io.taoxi.jobs.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code taoxi score}: perplexity of every kept document under a Qwen2 model, CCNet buckets per language ×
 * source, and the keep decision of the YAML's {@code score} section (docs/engine.md, "Stage: taoxi score").
 * The model folder is checked (config, weights, tokenizer.json) before Spark starts.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score kept documents with a Qwen2 model (perplexity, bits per byte) and keep the low-perplexity "
                + "buckets.")
public final class ScoreCommand implements Callable<Integer> {
    @Option(names = {"-m", "--model"}, description = "Qwen2 model folder with tokenizer.json (overrides score.model).")
    Path model;

    @Option(names = {"-i", "--input"}, required = true, description = "Input stage folder (e.g. out/run/dedup).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, description = "Stage output folder.")
    String output;

    @Option(names = {"-c", "--config"}, description = "Pipeline YAML whose score and spark sections apply.")
    Path config;

    @Option(names = "--engine", description = "native or reference (overrides score.engine).")
    String engine;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    @Option(names = "--device", description = "auto, cpu or cuda (overrides score.device; docs/engine.md).")
    String device;

    @Override
    public Integer call() {
        JsonNode root = config == null ? null : readYaml(config);
        ScoreSpec spec = section(root, "score", ScoreSpec.class, config);
        spec = spec == null ? ScoreSpec.defaults() : spec;
        if (model != null) {
            spec = spec.withModel(model.toString());
        }
        if (engine != null) {
            spec = spec.withEngine(engine);
        }
        if (device != null) {
            spec = spec.withDevice(device);
        }
        DemoModel.prepare(spec, System.out);
        if (!input.contains("://") && !Files.exists(Path.of(input, "manifest.json"))) {
            throw new ConfigException("--input " + input + ": not a stage folder (no manifest.json)");
        }
        ScoreStage stage = new ScoreStage(spec, input, output); // checks the model before Spark starts
        PipelineConfig.SparkSpec sparkSpec = section(root, "spark", PipelineConfig.SparkSpec.class, config);
        sparkSpec = withScoringDefaults(sparkSpec == null ? PipelineConfig.SparkSpec.defaults() : sparkSpec, master);
        ScoreDevice.check(spec.device(), SparkSessions.conf("taoxi score", sparkSpec)); // before Spark starts
        SparkSession spark = SparkSessions.create("taoxi score", sparkSpec);
        try {
            long t0 = System.nanoTime();
            StageResult result = new StageRunner(spark, System.out).run(stage, output);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (result.skipped()) {
                System.out.println("score: current, skipped: " + result.output());
            } else {
                long in = result.manifest().path("counts").path("in").path("docs").asLong();
                System.out.printf(Locale.ROOT, "score: wrote %s (%,d documents in %.1f s, %.1f docs/s; cut-offs in %s)%n",
                        result.output(), in, seconds, in / Math.max(seconds, 1e-9), ScoreStage.BUCKETS_JSON);
            }
            return 0;
        } finally {
            spark.stop();
            ScoreEngines.closeAll();
        }
    }

    /**
     * {@code OMP_WAIT_POLICY=PASSIVE} for executors (docs/engine.md: spinning OpenMP threads slow OpenBLAS 3×).
     * The driver JVM (local mode) must get it from its environment: bin/taoxi.
     */
    public static PipelineConfig.SparkSpec withScoringDefaults(PipelineConfig.SparkSpec spec, String master) {
        Map<String, String> conf = new HashMap<>(spec.conf());
        conf.putIfAbsent("spark.executorEnv.OMP_WAIT_POLICY", "PASSIVE");
        return new PipelineConfig.SparkSpec(master != null ? master : spec.master(), spec.shufflePartitions(), conf);
    }

    private static JsonNode readYaml(Path file) {
        try {
            JsonNode root = ConfigLoader.yamlMapper().readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new ConfigException(file + ": empty configuration");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** One section of the YAML as its record (the same rules as {@link ConfigLoader}: unknown keys fail). */
    static <T> T section(JsonNode root, String name, Class<T> type, Path origin) {
        if (root == null || root.get(name) == null || root.get(name).isNull()) {
            return null;
        }
        ObjectMapper mapper = ConfigLoader.yamlMapper();
        try {
            return mapper.treeToValue(root.get(name), type);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(origin + ": unknown key '" + name + "." + e.getPropertyName() + "' (allowed here: "
                    + e.getKnownPropertyIds() + ")", e);
        } catch (JsonProcessingException e) {
            Throwable c = e;
            while (c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            if (c instanceof ConfigException config) {
                throw new ConfigException(origin + ": " + config.getMessage(), e);
            }
            throw new ConfigException(origin + ": " + name + ": " + e.getOriginalMessage(), e);
        }
    }
}
