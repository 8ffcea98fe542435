package io.taoxi.jobs.dedup;

import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Infrastructure: {@code taoxi dedup}: a stage folder's kept documents → the same layout without
 * duplicates (kept/, dropped/ with reasons, manifest.json whose config names {@code output_name}).
 * Settings not given on the command line take {@link DedupStage.Spec} defaults; the pipeline YAML's
 * {@code dedup:} section is wired by the pipeline.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Remove URL, exact, paragraph-level and MinHash near duplicates from a stage's kept documents.")
public final class DedupCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, required = true, description = "Input stage folder (holds kept/ and manifest.json).")
    String input;

    @Option(names = {"-o", "--output"}, required = true, description = "Stage output folder.")
    String output;

    @Option(names = "--threshold", description = "Jaccard threshold for verification (default 0.7).")
    Double threshold;

    @Option(names = "--preset", description = "fineweb (14x8, default), nemo (20x13), optimal, custom.")
    String preset;

    @Option(names = "--bands", description = "Bands (with --preset custom).")
    Integer bands;

    @Option(names = "--rows", description = "Rows per band (with --preset custom).")
    Integer rows;

    @Option(names = "--signatures", description = "taoxi (default) or mllib.")
    String signatures;

    @Option(names = "--no-verify", description = "Keep every band collision (no full-signature check).")
    boolean noVerify;

    @Option(names = "--paragraph-max-repeats", description = "Remove paragraphs found in more documents than this (default 100).")
    Integer paragraphMaxRepeats;

    @Option(names = "--master", description = "Spark master for an embedded run (default local[*]; ignored under spark-submit).")
    String master;

    @Option(names = "--shuffle-partitions", description = "spark.sql.shuffle.partitions (default 8).")
    Integer shufflePartitions;

    @Override
    public Integer call() {
        DedupStage.Spec spec = new DedupStage.Spec(preset, bands, rows, null, threshold, noVerify ? Boolean.FALSE : null,
                signatures, null, null, null, null, null, null, null, null, null, paragraphMaxRepeats, null, null, null,
                null);
        PipelineConfig.SparkSpec sparkSpec = new PipelineConfig.SparkSpec(master, shufflePartitions, null);
        SparkSession spark = SparkSessions.create("taoxi dedup", sparkSpec);
        try {
            System.out.println("dedup: " + DedupStage.describe(spec));
            StageResult result = new StageRunner(spark, System.out).run(new DedupStage(spec, input, System.out), output);
            System.out.println("dedup: " + (result.skipped() ? "current, skipped: " : "wrote ") + result.output());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
