package io.taoxi.jobs.cli;

import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taoxi pipeline}: every configured stage in order, then the report. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run the stages of a pipeline YAML in order (skipping current ones), then write the report.")
public final class PipelineCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, description = "Pipeline YAML, e.g. conf/demo.yaml.")
    Path config;

    @Option(names = "--master", description = "Spark master for an embedded run (default from the YAML, local[*]).")
    String master;

    @Override
    public Integer call() throws Exception {
        PipelineConfig parsed = ConfigLoader.load(config);
        new Pipeline(parsed, master, System.out).run();
        return 0;
    }
}
