package io.taoxi.filters.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalOperator;

/**
 * Micro benchmark (no JMH; run by bench/quality.sh): documents/s and MB/s (UTF-8 input) of each quality
 * operator on the extraction fixtures' expected texts (zh-Hans, zh-Hant, ja, ko, en, de, fr, ru, each file a
 * document with its folder's language label), in two sizes: the fixtures as they are (~600 B each) and
 * "pages" (each language's fixtures joined, repeated to ~20 KB). A baseline measured in the same run splits
 * lines and whitespace words only (what a non-segmenting implementation would do); ratios are to it.
 *
 * <p>Arguments: [fixture pages dir] [seconds per measurement, default 3]. Single thread. Rates are per
 * second of this thread's CPU time (ThreadMXBean), so a shared, loaded machine understates them less than
 * wall time would; the wall-clock docs/s is printed too.
 */
public final class QualityBenchmark {

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "filters/src/test/resources/extraction/pages");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        List<Doc> small = new ArrayList<>();
        List<Doc> pages = new ArrayList<>();
        try (Stream<Path> langs = Files.list(dir)) {
            for (Path langDir : langs.sorted().toList()) {
                String lang = langDir.getFileName().toString();
                StringBuilder joined = new StringBuilder();
                try (Stream<Path> files = Files.list(langDir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".expected.txt")).sorted().toList()) {
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        small.add(Doc.of(lang, text));
                        joined.append(text).append("\n\n");
                    }
                }
                String page = joined.toString();
                while (page.getBytes(StandardCharsets.UTF_8).length < 20_000 && !page.isEmpty()) {
                    page = page + page;
                }
                pages.add(Doc.of(lang, page));
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %s, %d cores; %d small docs (%.1f KB), %d pages (%.1f KB); %.1f s per row%n",
                System.getProperty("java.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), small.size(), bytes(small) / 1024.0, pages.size(),
                bytes(pages) / 1024.0, seconds);
        List<SignalOperator> operators = new ArrayList<>(QualityOperators.defaults());
        System.out.printf(Locale.ROOT, "%-22s %-6s %12s %10s %12s %12s%n", "operator", "docs", "docs/cpu-s", "MB/cpu-s",
                "vs baseline", "wall docs/s");
        for (String set : List.of("small", "pages")) {
            List<Doc> docs = set.equals("small") ? small : pages;
            double baseline = measure(docs, seconds, QualityBenchmark::baseline);
            print("baseline_split", set, docs, baseline, baseline);
            for (SignalOperator op : operators) {
                print(op.name(), set, docs, measure(docs, seconds, op::compute), baseline);
            }
            List<SignalOperator> all = operators;
            print("all_five", set, docs, measure(docs, seconds, d -> {
                Object last = null;
                for (SignalOperator op : all) {
                    last = op.compute(d);
                }
                return last;
            }), baseline);
        }
        // per language over that language's distinct small docs (one page repeated would hit the Segmenters memo)
        System.out.println("per language, all five, small docs:");
        for (String lang : small.stream().map(Doc::lang).distinct().toList()) {
            List<Doc> docs = small.stream().filter(d -> d.lang().equals(lang)).toList();
            double rate = measure(docs, seconds / 2, d -> {
                Object last = null;
                for (SignalOperator op : operators) {
                    last = op.compute(d);
                }
                return last;
            });
            System.out.printf(Locale.ROOT, "  %-8s %8.0f docs/cpu-s %8.2f MB/cpu-s%n", lang, rate,
                    rate * bytes(docs) / docs.size() / 1e6);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static double lastWallRate;

    /** Documents per CPU second over {@code docs}, after a warm-up of the same length. */
    private static double measure(List<Doc> docs, double seconds, java.util.function.Function<Doc, Object> work) {
        long sink = 0;
        for (int phase = 0; phase < 2; phase++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            long count = 0;
            do {
                for (Doc d : docs) {
                    Object r = work.apply(d);
                    sink += r == null ? 0 : 1;
                    count++;
                }
            } while (System.nanoTime() < deadline);
            if (phase == 1) {
                if (sink == 42) {
                    System.out.print("");
                }
                lastWallRate = count / ((System.nanoTime() - start) / 1e9);
                return count / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            }
        }
        throw new IllegalStateException();
    }

    private static Object baseline(Doc d) {
        long words = 0;
        for (String line : Texts.lines(d.text())) {
            words += line.split("\\s+").length;
        }
        return words;
    }

    private static long bytes(List<Doc> docs) {
        long b = 0;
        for (Doc d : docs) {
            b += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return b;
    }

    private static void print(String name, String set, List<Doc> docs, double docsPerSecond, double baseline) {
        double mbPerSecond = docsPerSecond * bytes(docs) / docs.size() / 1e6;
        System.out.printf(Locale.ROOT, "%-22s %-6s %12.0f %10.2f %11.1fx %12.0f%n", name, set, docsPerSecond, mbPerSecond,
                baseline / docsPerSecond, lastWallRate);
    }
}
