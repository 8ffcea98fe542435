package io.taoxi.jobs.cli;

import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.config.ConfigLoader;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestStage;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taoxi ingest}: raw input → documents in the stage layout. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read WARC/WET files into documents (Parquet): kept/, dropped/, quarantine/, manifest.json.")
public final class IngestCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, required = true, split = ",",
            description = "Input file or folder (local, hdfs:, s3a: …); repeat or separate with commas.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, description = "Stage output folder.")
    String output;

    @Option(names = "--source", defaultValue = "web", description = "Source kind of the inputs: web, forum, doc, code.")
    String source;

    @Option(names = "--format", defaultValue = "auto",
            description = "Reader for the inputs (auto = the source's default; see docs/ingest-*.md).")
    String format;

    @Option(names = {"-c", "--config"},
            description = "Pipeline YAML whose ingest and spark sections supply the settings (inputs from --input).")
    Path config;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]; ignored under spark-submit).")
    String master;

    @Option(names = "--max-record-bytes", description = "Records with larger blocks are dropped as record_too_large.")
    Long maxRecordBytes;

    @Option(names = "--no-verify-digests", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check WARC-Block-Digest (default on).")
    boolean verifyDigests;

    @Override
    public Integer call() {
        List<InputSpec> specs = new ArrayList<>();
        for (String input : inputs) {
            specs.add(new InputSpec(input, source, format));
        }
        PipelineConfig base = config == null ? null : ConfigLoader.load(config);
        IngestSpec fromConfig = base == null ? null : base.ingest();
        MainTextExtractor.Spec html = fromConfig == null ? null : fromConfig.html();
        Long max = maxRecordBytes != null ? maxRecordBytes : fromConfig == null ? null : fromConfig.maxRecordBytes();
        IngestSpec spec = new IngestSpec(specs, max, verifyDigests, html);
        spec.checkLocalInputs();
        PipelineConfig.SparkSpec sparkSpec = base == null ? PipelineConfig.SparkSpec.defaults() : base.spark();
        if (master != null) {
            sparkSpec = new PipelineConfig.SparkSpec(master, sparkSpec.shufflePartitions(), sparkSpec.conf());
        }
        SparkSession spark = SparkSessions.create("taoxi ingest", sparkSpec);
        try {
            StageResult result = new StageRunner(spark, System.out).run(new IngestStage(spec), output);
            System.out.println("ingest: " + (result.skipped() ? "current, skipped: " : "wrote ") + result.output());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
