package io.taoxi.jobs.dedup;

import io.taoxi.filters.dedup.NearDupGenerator;
import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import io.taoxi.jobs.stage.StageResult;
import io.taoxi.jobs.stage.StageRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Infrastructure: {@code bench/dedup.sh}'s driver, the end-to-end measurement: {@code --docs} documents from
 * {@link NearDupGenerator} written as a stage folder, then {@code taoxi dedup} through {@link StageRunner}:
 * wall time, counts per reason, peak JVM heap. One run of a whole stage, timed by its wall clock; the
 * signature throughput (Taoxi vs MLlib) is a JMH benchmark, {@code BenchmarkSignatures} in
 * {@code benchmarks/} ({@code bench/dedup-jmh.sh}).
 */
public final class DedupBenchmark {
    private DedupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int docs = 200_000;
        String master = "local[*]";
        Path work = Path.of("out/bench-dedup");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--master" -> master = args[++i];
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        SparkSession spark = SparkSessions.create("taoxi dedup benchmark", new PipelineConfig.SparkSpec(master, 16, null));
        try {
            endToEnd(spark, docs, work);
        } finally {
            spark.stop();
        }
    }

    static void endToEnd(SparkSession spark, int n, Path work) throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("dedup");
        long t0 = System.nanoTime();
        List<NearDupGenerator.CorpusDoc> corpus = new NearDupGenerator(2026).corpus(n);
        List<Row> rows = new ArrayList<>(corpus.size());
        long families = corpus.stream().map(NearDupGenerator.CorpusDoc::family).distinct().count();
        for (NearDupGenerator.CorpusDoc d : corpus) {
            rows.add(RowFactory.create(d.id(), "web", null, (Timestamp) null, d.text(),
                    d.text().codePointCount(0, d.text().length()), d.lang(), (long) d.text().length()));
        }
        corpus = null;
        StructType schema = new StructType().add("id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("fetch_time", DataTypes.TimestampType)
                .add("text", DataTypes.StringType).add("text_chars", DataTypes.IntegerType)
                .add("lang", DataTypes.StringType).add("record_bytes", DataTypes.LongType);
        Files.createDirectories(input);
        spark.createDataFrame(rows, schema).repartition(16).write().mode(SaveMode.Overwrite)
                .parquet(input.resolve("kept").toString());
        rows = null;
        Files.writeString(input.resolve("manifest.json"), "{\"stage\":\"bench\",\"config_hash\":\"" + n + "-" + System.nanoTime()
                + "\",\"finished_at\":\"now\"}");
        System.out.printf(Locale.ROOT, "end to end: %,d documents (%,d families = the ideal kept count) generated and"
                + " written in %.1f s%n", n, families, (System.nanoTime() - t0) / 1e9);
        resetPeaks();
        long t1 = System.nanoTime();
        StageResult result = new StageRunner(spark, System.out)
                .run(new DedupStage(DedupStage.Spec.defaults(), input.toString(), System.out), output.toString());
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "end to end: dedup of %,d documents in %.1f s (%,.0f docs/s), peak heap %.0f MiB;"
                + " kept %,d; by reason %s%n", n, seconds, n / seconds, peakHeapMiB(),
                result.manifest().path("counts").path("kept").path("docs").asLong(), result.manifest().path("by_reason"));
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }
}
