package io.taoxi.jobs.cli;

import io.taoxi.jobs.config.ConfigException;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.filter.FilterSpec;
import io.taoxi.jobs.filter.FilterStages;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taoxi filter}: language ID, quality signals and thresholds over a stage's kept documents. */
@Command(name = "filter", mixinStandardHelpOptions = true,
        description = "Language ID and quality signals as columns, then the thresholds of the YAML's filter section.")
public final class FilterCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, required = true, description = "Input stage folder (e.g. out/run/ingest).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, description = "Stage output folder.")
    String output;

    @Option(names = {"-c", "--config"}, description = "Pipeline YAML whose filter and spark sections apply.")
    Path config;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]).")
    String master;

    @Override
    public Integer call() {
        PipelineConfig base = config == null ? null : ConfigLoader.load(config);
        FilterSpec spec = base == null || base.filter() == null ? new FilterSpec(null, null, null, null, null) : base.filter();
        if (!java.nio.file.Files.exists(Path.of(input, "manifest.json")) && !input.contains("://")) {
            throw new ConfigException("--input " + input + ": not a stage folder (no manifest.json)");
        }
        PipelineConfig.SparkSpec sparkSpec = base == null ? PipelineConfig.SparkSpec.defaults() : base.spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        var stage = FilterStages.filter(spec, input);
        SparkSession spark = SparkSessions.create("taoxi filter", sparkSpec);
        try {
            StageResult result = new StageRunner(spark, System.out).run(stage, output);
            System.out.println("filter: " + (result.skipped() ? "current, skipped: " : "wrote ") + result.output());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
