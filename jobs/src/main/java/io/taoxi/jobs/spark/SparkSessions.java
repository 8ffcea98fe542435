package io.taoxi.jobs.spark;

import io.taoxi.jobs.config.PipelineConfig.SparkSpec;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Infrastructure: the one SparkSession of a driver. Under {@code spark-submit} the submitted master and
 * settings win; otherwise the configuration's master ({@code local[*]} by default) is used.
 */
public final class SparkSessions {
    private SparkSessions() {
    }

    public static SparkSession create(String appName, SparkSpec spec) {
        SparkSession session = SparkSession.builder().config(conf(appName, spec)).getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /**
     * The configuration {@link #create} starts Spark with: {@code spark-submit}'s settings (system
     * properties), else the spec's master, plus our defaults and the spec's {@code conf}. Also read before
     * Spark starts, to check settings that depend on the cluster (e.g. {@code score.device}).
     */
    public static SparkConf conf(String appName, SparkSpec spec) {
        SparkConf conf = new SparkConf(true);
        boolean submitted = conf.contains("spark.master");
        if (!submitted) {
            conf.setMaster(spec.master());
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(spec.shufflePartitions()));
        conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "static");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // A stage's outcomes are cached once and read by its four writes and its counts (StageRunner). The
        // cache's per-column compression (dictionary, run-length) gathers statistics over every value, the
        // document text included, and the text does not compress that way. Off, a warm executor ingested a
        // 100 MB WARC in 7.5 s instead of 8.3 s (bench/ingest-vs-zcat.sh); the cache is dropped when the stage
        // ends, so only its size while the stage runs grows.
        conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
        for (Map.Entry<String, String> e : spec.conf().entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        return conf;
    }
}
