package io.taoxi.jobs.ingest.doc;

import io.taoxi.jobs.config.PipelineConfig.InputSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.ReadTask;
import io.taoxi.jobs.ingest.SourceReader;
import io.taoxi.jobs.ingest.code.CodeSourceReader;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * Benchmark: the {@code tika} and {@code code} readers on one thread, without Spark, over an input folder
 * each (the same plan and read calls the ingest stage makes). Prints documents/s and MB/s (input bytes the
 * readers account for) per pass; the last lines are machine-readable:
 * {@code RESULT reader=… seconds=… docs=… bytes=…}.
 *
 * <pre>
 * java -cp jobs/target/test-classes:jobs/target/classes:jobs/target/lib/* io.taoxi.jobs.ingest.doc.DocCodeReaderBench \
 *     [--repeat N] [--warmup N] [--doc DIR] [--code DIR]
 * </pre>
 */
public final class DocCodeReaderBench {
    private DocCodeReaderBench() {
    }

    record Pass(double seconds, long docs, long bytes, Map<String, Long> outcomes) {
    }

    public static void main(String[] args) throws Exception {
        int repeat = 3;
        int warmup = 1;
        String doc = null;
        String code = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--doc" -> doc = args[++i];
                case "--code" -> code = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (doc != null) {
            run("tika", new TikaSourceReader(), new InputSpec(doc, "doc"), repeat, warmup);
        }
        if (code != null) {
            run("code", new CodeSourceReader(), new InputSpec(code, "code"), repeat, warmup);
        }
    }

    private static void run(String name, SourceReader reader, InputSpec input, int repeat, int warmup)
            throws Exception {
        Configuration hadoop = new Configuration(false);
        List<ReadTask> tasks = reader.plan(input, 0, hadoop);
        for (int i = 0; i < warmup; i++) {
            pass(reader, tasks, hadoop);
        }
        Pass best = null;
        for (int i = 0; i < repeat; i++) {
            Pass p = pass(reader, tasks, hadoop);
            System.out.printf(Locale.ROOT, "%s pass %d: %.2f s, %d docs, %.1f docs/s, %.2f MB/s%n", name, i + 1,
                    p.seconds(), p.docs(), p.docs() / p.seconds(), p.bytes() / 1e6 / p.seconds());
            if (best == null || p.seconds() < best.seconds()) {
                best = p;
            }
        }
        System.out.println(name + " outcomes: " + best.outcomes());
        System.out.printf(Locale.ROOT, "RESULT reader=%s seconds=%.3f docs=%d bytes=%d%n", name, best.seconds(),
                best.docs(), best.bytes());
    }

    private static Pass pass(SourceReader reader, List<ReadTask> tasks, Configuration hadoop) {
        long start = System.nanoTime();
        long docs = 0;
        long bytes = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        for (ReadTask t : tasks) {
            Iterator<IngestRow> it = reader.read(t, hadoop, null);
            while (it.hasNext()) {
                IngestRow r = it.next();
                if (r.outcome() == IngestRow.Outcome.SOURCE) {
                    continue;
                }
                docs++;
                bytes += r.recordBytes();
                outcomes.merge(r.outcome().label() + (r.reason() == null ? "" : ":" + r.reason()), 1L, Long::sum);
            }
        }
        return new Pass((System.nanoTime() - start) / 1e9, docs, bytes, outcomes);
    }
}
