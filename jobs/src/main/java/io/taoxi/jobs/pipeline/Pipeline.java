package io.taoxi.jobs.pipeline;

import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.filter.FilterStages;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.report.FunnelReport;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.Stage;
import io.taoxi.jobs.stage.StageProgress;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Infrastructure: runs the configured stages in order under one SparkSession, each into
 * {@code run.output/<stage>}, then writes the report into {@code run.output/report}. Stages that later
 * issues add (filter, dedup, score, tokenizer, audit) plug in here.
 */
public final class Pipeline {
    private final PipelineConfig config;
    private final String master;
    private final PrintStream out;

    public Pipeline(PipelineConfig config, String master, PrintStream out) {
        this.config = config;
        this.master = master;
        this.out = out;
    }

    public List<StageResult> run() throws IOException {
        PipelineConfig.SparkSpec sparkSpec = config.spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        if (config.ingest() != null) {
            config.ingest().checkLocalInputs();
        }
        Path runDir = Path.of(config.run().output());
        List<StageResult> results = new ArrayList<>();
        long t0 = System.nanoTime();
        // Every stage is built (and its configuration checked) before Spark starts.
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
            stages.add(new io.taoxi.jobs.dedup.DedupStage(config.dedup(), previous, out));
            previous = runDir.resolve("dedup").toString();
            outputs.add(previous);
        }
        SparkSession spark = SparkSessions.create("taoxi pipeline " + config.run().name(), sparkSpec);
        try {
            StageRunner runner = new StageRunner(spark, out);
            for (int i = 0; i < stages.size(); i++) {
                out.println("== stage " + stages.get(i).name());
                results.add(runner.run(stages.get(i), outputs.get(i)));
            }
        } finally {
            spark.stop();
        }
        List<Path> report = FunnelReport.write(runDir, runDir.resolve("report"));
        StageResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        if (last != null) {
            out.printf(Locale.ROOT, "pipeline %s: %,d documents kept (%s of text), %d stage(s) in %.1f s%n",
                    config.run().name(), last.count("kept"), StageProgress.human(last.bytes("kept")),
                    results.size(), (System.nanoTime() - t0) / 1e9);
        }
        out.println("output: " + runDir.toAbsolutePath());
        for (Path p : report) {
            out.println("report: " + p.toAbsolutePath());
        }
        return results;
    }
}
