package io.taoxi.jobs.testing;

import io.taoxi.jobs.config.PipelineConfig;
import io.taoxi.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/** One SparkSession per test JVM (starting one costs seconds); local[2] like the CI machine. */
public final class TestSpark {
    private static SparkSession session;

    private TestSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.create("taoxi-tests",
                    new PipelineConfig.SparkSpec("local[2]", 4, java.util.Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}
