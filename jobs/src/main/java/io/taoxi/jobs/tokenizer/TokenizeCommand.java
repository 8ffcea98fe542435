package io.taoxi.jobs.tokenizer;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taoxi tokenize}: kept documents → Megatron-LM token shards, optionally through the mixture. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
        description = "Encode a stage's kept documents into Megatron-LM .bin/.idx token shards (one per partition),"
                + " with tokens.json totals per source and language; --mixture samples to a token budget.")
public final class TokenizeCommand implements Callable<Integer> {
    @Option(names = {"-t", "--tokenizer"}, required = true, description = "tokenizer.json (byte-level BPE).")
    Path tokenizer;

    @Option(names = {"-i", "--input"}, required = true, description = "Input stage folder (its kept/ is read).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, description = "Stage output folder.")
    String output;

    @Option(names = "--eod-token", defaultValue = "<|endoftext|>",
            description = "Token appended to every document (default: ${DEFAULT-VALUE}).")
    String eodToken;

    @Option(names = {"-m", "--mixture"}, description = "Mixture YAML (docs/mixture-example.yaml).")
    Path mixture;

    @Option(names = {"-c", "--config"}, description = "Pipeline YAML whose spark section applies.")
    Path config;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    @Override
    public Integer call() {
        if (!Files.exists(Path.of(input, "manifest.json")) && !input.contains("://")) {
            throw new ConfigException("--input " + input + ": not a stage folder (no manifest.json)");
        }
        MixtureSpec mix = mixture == null ? null : MixtureSpec.load(mixture);
        TokenizeStage stage = new TokenizeStage(input, output, tokenizer, eodToken, mix);
        PipelineConfig.SparkSpec sparkSpec = config == null ? PipelineConfig.SparkSpec.defaults()
                : ConfigLoader.load(config).spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        SparkSession spark = SparkSessions.create("taoxi tokenize", sparkSpec);
        try {
            StageResult result = new StageRunner(spark, System.out).run(stage, output);
            System.out.println("tokenize: " + (result.skipped() ? "current, skipped: " : "wrote ") + result.output()
                    + " (shards/, tokens.json)");
            return 0;
        } finally {
            spark.stop();
        }
    }
}
