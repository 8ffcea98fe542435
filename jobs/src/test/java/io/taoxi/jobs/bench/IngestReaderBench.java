package io.taoxi.jobs.bench;

import io.taoxi.filters.html.MainTextExtractor;
import io.taoxi.jobs.config.PipelineConfig.IngestSpec;
import io.taoxi.jobs.ingest.IngestRow;
import io.taoxi.jobs.ingest.web.SeekableInput;
import io.taoxi.jobs.ingest.web.WarcByteStream;
import io.taoxi.jobs.ingest.web.WarcFileReader;
import io.taoxi.jobs.ingest.web.WarcFramer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark: the web ingest reader on one thread, without Spark. Reads WARC files with the stage's own
 * reader ({@link WarcFileReader}: gunzip, framing, jwarc parsing, digest check, HTTP decoding, charset
 * detection, main-text extraction) and prints records/s and MB/s.
 *
 * <pre>
 * java -cp jobs/target/test-classes:jobs/target/classes:jobs/target/lib/* io.taoxi.jobs.bench.IngestReaderBench \
 *     [--mode full|no-digest|frame] [--repeat N] [--warmup N] [--rows-sha256] FILE...
 * </pre>
 * Modes: {@code full} the reader as ingest runs it; {@code no-digest} the same without WARC-Block-Digest
 * checks; {@code frame} only gunzip and framing ({@link WarcByteStream} + {@link WarcFramer}), the floor
 * under everything the record processor does. {@code --warmup N} runs N untimed passes first (JIT);
 * {@code --repeat N} times N passes and reports the best; {@code --rows-sha256} prints a SHA-256 of all rows
 * (outside the timing), to check that a speed change left the output alone. The last line is machine-readable:
 * {@code RESULT mode=… seconds=… records=… compressed_bytes=… uncompressed_bytes=… cpu_seconds=…} (seconds: the
 * fastest pass; cpu_seconds: the least CPU time of the reading thread in any pass, which a loaded machine
 * inflates less than the wall time).
 */
public final class IngestReaderBench {
    private IngestReaderBench() {
    }

    /** What one pass saw. */
    record Pass(double seconds, double cpuSeconds, long records, long uncompressedBytes, Map<String, Long> outcomes) {
    }

    public static void main(String[] args) throws Exception {
        String mode = "full";
        int repeat = 1;
        int warmup = 0;
        boolean rowsSha = false;
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rows-sha256" -> rowsSha = true;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty() || !(mode.equals("full") || mode.equals("no-digest") || mode.equals("frame"))) {
            System.err.println("usage: IngestReaderBench [--mode full|no-digest|frame] [--repeat N] [--warmup N] [--rows-sha256] FILE...");
            System.exit(2);
        }
        long compressed = 0;
        for (Path f : files) {
            compressed += Files.size(f);
        }
        for (int i = 0; i < warmup; i++) {
            Pass p = pass(mode, files);
            System.out.printf(Locale.ROOT, "warmup %d: %.2f s%n", i + 1, p.seconds());
        }
        Pass best = null;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            Pass p = pass(mode, files);
            System.out.printf(Locale.ROOT, "pass %d: %.2f s (%.2f s CPU), %,d records, %.1f records/s, %.1f MB/s uncompressed,"
                    + " %.1f MB/s compressed%n", i + 1, p.seconds(), p.cpuSeconds(), p.records(), p.records() / p.seconds(),
                    p.uncompressedBytes() / 1e6 / p.seconds(), compressed / 1e6 / p.seconds());
            bestCpu = Math.min(bestCpu, p.cpuSeconds());
            if (best == null || p.seconds() < best.seconds()) {
                best = p;
            }
        }
        System.out.println("outcomes: " + best.outcomes());
        if (rowsSha) {
            System.out.println("rows_sha256: " + rowsDigest(mode, files));
        }
        System.out.printf(Locale.ROOT, "RESULT mode=%s seconds=%.3f records=%d compressed_bytes=%d uncompressed_bytes=%d"
                + " cpu_seconds=%.3f%n", mode, best.seconds(), best.records(), compressed, best.uncompressedBytes(),
                bestCpu);
    }

    /**
     * SHA-256 over every row but the file summaries (whose read time varies), in order: a check that a change
     * to the reader left its output alone. Computed in a pass of its own, outside the timed ones.
     */
    static String rowsDigest(String mode, java.util.List<Path> files) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            WarcFileReader.Options options = new WarcFileReader.Options(IngestSpec.DEFAULT_MAX_RECORD_BYTES,
                    !mode.equals("no-digest"), MainTextExtractor.Spec.defaults());
            try (WarcFileReader reader = new WarcFileReader("web", file.getFileName().toString(), () -> {
                try {
                    return SeekableInput.open(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, options)) {
                while (reader.hasNext()) {
                    IngestRow row = reader.next();
                    if (row.outcome() != IngestRow.Outcome.SOURCE) {
                        sha.update((row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    static Pass pass(String mode, java.util.List<Path> files) throws IOException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long records = 0;
        long bytes = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        Map<IngestRow.Outcome, Map<String, Long>> counts = new java.util.EnumMap<>(IngestRow.Outcome.class);
        for (Path file : files) {
            if (mode.equals("frame")) {
                try (WarcByteStream stream = new WarcByteStream(SeekableInput.open(file))) {
                    WarcFramer framer = new WarcFramer(stream, IngestSpec.DEFAULT_MAX_RECORD_BYTES);
                    WarcFramer.Frame frame;
                    while ((frame = framer.next()) != null) {
                        records++;
                        bytes += frame.bytes();
                        outcomes.merge(frame instanceof WarcFramer.Frame.Record ? "record" : "damage", 1L, Long::sum);
                    }
                }
                continue;
            }
            WarcFileReader.Options options = new WarcFileReader.Options(IngestSpec.DEFAULT_MAX_RECORD_BYTES,
                    mode.equals("full"), MainTextExtractor.Spec.defaults());
            try (WarcFileReader reader = new WarcFileReader("web", file.getFileName().toString(), () -> {
                try {
                    return SeekableInput.open(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, options)) {
                while (reader.hasNext()) {
                    IngestRow row = reader.next();
                    if (row.outcome() == IngestRow.Outcome.SOURCE) {
                        bytes += row.recordBytes();
                        continue;
                    }
                    records++;
                    // Reasons are mostly the same few strings: count by (outcome, reason) without building a key
                    // per row, which showed in the profile as the bench's own cost.
                    counts.computeIfAbsent(row.outcome(), o -> new HashMap<>()).merge(row.reason(), 1L, Long::sum);
                }
            }
        }
        counts.forEach((outcome, byReason) -> byReason.forEach((reason, n) ->
                outcomes.merge(outcome.label() + (reason == null ? "" : ":" + reason), n, Long::sum)));
        return new Pass((System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, records, bytes,
                outcomes);
    }
}
