package io.taoxi.jobs.stage;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Infrastructure: progress of one stage, printed every few seconds: documents and bytes done (Spark
 * accumulators, merged as tasks finish) and tasks done.
 */
public final class StageProgress implements AutoCloseable {
    private final String stage;
    private final LongAccumulator records;
    private final LongAccumulator bytes;
    private final PrintStream out;
    private final SparkSession spark;
    private final Thread thread;
    private volatile boolean running = true;

    public StageProgress(SparkSession spark, String stage, PrintStream out, long intervalMillis) {
        this.spark = spark;
        this.stage = stage;
        this.out = out;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.records = jsc.sc().longAccumulator("taoxi." + stage + ".records");
        this.bytes = jsc.sc().longAccumulator("taoxi." + stage + ".bytes");
        this.thread = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    printIfChanged();
                }
            }
        }, "taoxi-progress-" + stage);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Counts records read; add from executors. */
    public LongAccumulator records() {
        return records;
    }

    /** Counts bytes read; add from executors. */
    public LongAccumulator bytes() {
        return bytes;
    }

    private String lastLine = "";
    private long lastPrinted;

    /** Prints when something moved, or every 30 s as a sign of life. */
    private void printIfChanged() {
        String line = line();
        long now = System.nanoTime();
        if (!line.equals(lastLine) || now - lastPrinted > 30_000_000_000L) {
            emit(line);
        }
    }

    /** Prints the current line now. */
    public void print() {
        emit(line());
    }

    private synchronized void emit(String line) {
        lastLine = line;
        lastPrinted = System.nanoTime();
        out.println(line);
        out.flush();
    }

    private String line() {
        int done = 0;
        int total = 0;
        for (int id : spark.sparkContext().statusTracker().getActiveStageIds()) {
            scala.Option<SparkStageInfo> info = spark.sparkContext().statusTracker().getStageInfo(id);
            if (info.isDefined()) {
                done += info.get().numCompletedTasks();
                total += info.get().numTasks();
            }
        }
        return String.format(Locale.ROOT, "[%s] %,d records, %s read%s", stage, records.value(),
                human(bytes.value()), total > 0 ? String.format(Locale.ROOT, ", tasks %d/%d", done, total) : "");
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
