package io.taoxi.jobs.ingest.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.stream.Stream;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.fork.ParserFactoryFactory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Benchmark: what Tika's out-of-process {@link ForkParser} costs against the in-process
 * {@link AutoDetectParser} on the same documents, in the same run. Both parse every file under a folder
 * (read into memory first) with a {@link BodyContentHandler} capped at 1 M characters. The fork runs one
 * child JVM ({@code poolSize} 1) started from the jars of {@code --tika-bin} with Tika's
 * {@code AutoDetectParserFactory}; it stays up between documents, so its start is reported apart
 * ({@code fork_start_ms}: the first document's parse, which waits for the child). Passes alternate between
 * the modes (warm-up passes first); the best of {@code --repeat} per mode counts. Each pass also prints the
 * CPU time of this JVM and of its child (the fork server), which a loaded machine disturbs less than wall
 * time. The last lines are machine-readable:
 * {@code RESULT mode=… seconds=… docs=… bytes=… failed=…} and {@code RESULT fork_start_ms=…}.
 *
 * <pre>
 * java -cp jobs/target/test-classes:jobs/target/classes:jobs/target/lib/* io.taoxi.jobs.ingest.doc.ForkParserBench \
 *     --dir DIR --tika-bin jobs/target/lib [--repeat N] [--warmup N]
 * </pre>
 */
public final class ForkParserBench {
    private static final int MAX_CHARS = 1_000_000;

    private ForkParserBench() {
    }

    record Doc(String name, byte[] bytes) {
    }

    record Pass(double seconds, long docs, long bytes, long failed, long chars, double cpuSeconds,
            double childCpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        int repeat = 3;
        int warmup = 1;
        Path dir = null;
        Path tikaBin = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--tika-bin" -> tikaBin = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (dir == null || tikaBin == null) {
            throw new IllegalArgumentException("--dir and --tika-bin are required");
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                docs.add(new Doc(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        Parser inProcess = new AutoDetectParser();
        try (ForkParser fork = new ForkParser(tikaBin.toAbsolutePath(),
                // a mutable map: AutoDetectParserFactory removes the keys it reads
                new ParserFactoryFactory("org.apache.tika.parser.AutoDetectParserFactory", new HashMap<>()))) {
            fork.setPoolSize(1);
            fork.setJavaCommand(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m"));
            fork.setServerParseTimeoutMillis(60_000);
            long start = System.nanoTime();
            if (parseOne(fork, docs.get(0)) < 0) {
                throw new IllegalStateException("the fork server did not parse " + docs.get(0).name()
                        + " (see stderr); its result would be meaningless");
            }
            long startMs = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < warmup; i++) {
                pass(inProcess, docs);
                pass(fork, docs);
            }
            // passes alternate, so a change of the machine's load hits both modes alike
            Pass bestIn = null;
            Pass bestFork = null;
            for (int i = 0; i < repeat; i++) {
                bestIn = best(bestIn, report("inprocess", i, pass(inProcess, docs)));
                bestFork = best(bestFork, report("fork", i, pass(fork, docs)));
            }
            result("inprocess", bestIn);
            result("fork", bestFork);
            System.out.printf(Locale.ROOT, "fork/inprocess: %.2fx the time per document, %.2fx the CPU%n",
                    (bestFork.seconds() / bestFork.docs()) / (bestIn.seconds() / bestIn.docs()),
                    (bestFork.cpuSeconds() + bestFork.childCpuSeconds()) / (bestIn.cpuSeconds() + bestIn.childCpuSeconds()));
            System.out.printf(Locale.ROOT, "RESULT fork_start_ms=%d%n", startMs);
        }
    }

    private static Pass best(Pass best, Pass p) {
        return best == null || p.seconds() < best.seconds() ? p : best;
    }

    private static Pass report(String mode, int i, Pass p) {
        System.out.printf(Locale.ROOT,
                "%s pass %d: %.2f s, %d docs (%d failed), %.1f docs/s, %.2f MB/s, CPU: this JVM %.2f s + child %.2f s%n",
                mode, i + 1, p.seconds(), p.docs(), p.failed(), p.docs() / p.seconds(), p.bytes() / 1e6 / p.seconds(),
                p.cpuSeconds(), p.childCpuSeconds());
        return p;
    }

    private static void result(String mode, Pass best) {
        System.out.printf(Locale.ROOT, "RESULT mode=%s seconds=%.3f docs=%d bytes=%d failed=%d chars=%d cpu=%.3f%n",
                mode, best.seconds(), best.docs(), best.bytes(), best.failed(), best.chars(),
                best.cpuSeconds() + best.childCpuSeconds());
    }

    private static Pass pass(Parser parser, List<Doc> docs) {
        long cpu = processCpuNanos();
        long childCpu = childCpuNanos();
        long start = System.nanoTime();
        long bytes = 0;
        long failed = 0;
        long chars = 0;
        for (Doc d : docs) {
            long n = parseOne(parser, d);
            if (n < 0) {
                failed++;
            } else {
                chars += n;
            }
            bytes += d.bytes().length;
        }
        return new Pass((System.nanoTime() - start) / 1e9, docs.size(), bytes, failed, chars,
                (processCpuNanos() - cpu) / 1e9, (childCpuNanos() - childCpu) / 1e9);
    }

    /** CPU time of this JVM's child processes (the fork server), as the OS reports it. */
    private static long childCpuNanos() {
        return ProcessHandle.current().children()
                .mapToLong(c -> c.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    /** CPU time of this JVM (all threads; the fork's child is not included). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Characters of text, or -1 when the parse failed. */
    private static long parseOne(Parser parser, Doc d) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, d.name());
        try (InputStream in = TikaInputStream.get(d.bytes())) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString().length();
        } catch (IOException | org.xml.sax.SAXException | org.apache.tika.exception.TikaException
                | RuntimeException e) {
            return -1;
        }
    }
}
