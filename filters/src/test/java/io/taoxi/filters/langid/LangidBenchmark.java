package io.taoxi.filters.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Benchmark (test scope): accuracy per language and sentences per second, {@code langid_v1} vs lingua 1.2.2
 * (high-accuracy mode, all languages, models preloaded once) in the same JVM, single thread, on the held-out
 * files {@code langid/heldout-*.tsv}. Run through {@code bench/langid.sh}.
 *
 * <p>Arguments: {@code [--no-lingua] [--rounds N] [--misses] [FILE.tsv …]} (default: the two held-out files).
 * Lingua has one Chinese label, so it is scored on the family: {@code zh} counts as right for zh-Hans, zh-Hant
 * and yue. Ours is scored exactly and on the same family ("ours fam") so the columns compare like with like.
 * Speed: after 3 s of warm-up passes (JIT), {@code rounds} timed passes over all sentences; the best pass is reported.
 */
public final class LangidBenchmark {
    record Sample(String lang, String kind, String text) {
    }

    private LangidBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean lingua = true;
        boolean misses = false;
        int rounds = 5;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--no-lingua" -> lingua = false;
                case "--misses" -> misses = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> files.add(args[i]);
            }
        }
        List<Sample> samples = new ArrayList<>();
        if (files.isEmpty()) {
            samples.addAll(read("/langid/heldout-cjk.tsv", null));
            samples.addAll(read("/langid/heldout-other.tsv", null));
        } else {
            for (String f : files) {
                samples.addAll(read(null, Path.of(f)));
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        LanguageIdentifier ours = new LanguageIdentifier();
        ours.identify("warm up 你好 こんにちは 안녕");
        out.printf(Locale.ROOT, "langid_v1 load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Function<String, String> oursFn = t -> ours.identify(t).label();
        String[] oursLabels = label(samples, oursFn);
        double oursRate = rate(samples, oursFn, rounds);

        String[] linguaLabels = null;
        double linguaRate = Double.NaN;
        if (lingua) {
            t0 = System.nanoTime();
            LanguageDetector detector = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels()
                    .build();
            out.printf(Locale.ROOT, "lingua load: %.1f s, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            Function<String, String> linguaFn = t -> linguaLabel(detector.detectLanguageOf(t));
            linguaLabels = label(samples, linguaFn);
            linguaRate = rate(samples, linguaFn, Math.max(1, rounds / 2));
        }
        report(out, samples, oursLabels, linguaLabels, oursRate, linguaRate, misses);
    }

    static String linguaLabel(Language language) {
        if (language == Language.UNKNOWN) {
            return "und";
        }
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    static String family(String label) {
        return label.equals("zh-Hans") || label.equals("zh-Hant") || label.equals("yue") ? "zh" : label;
    }

    private static String[] label(List<Sample> samples, Function<String, String> fn) {
        String[] labels = new String[samples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = fn.apply(samples.get(i).text());
        }
        return labels;
    }

    private static double rate(List<Sample> samples, Function<String, String> fn, int rounds) {
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        do {
            label(samples, fn);
        } while (System.nanoTime() < warmUntil);
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (Sample s : samples) {
                sink += fn.apply(s.text()).length();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, samples.size() / seconds);
            if (sink < 0) {
                throw new AssertionError();
            }
        }
        return best;
    }

    private static void report(PrintStream out, List<Sample> samples, String[] ours, String[] lingua,
                               double oursRate, double linguaRate, boolean misses) {
        Map<String, int[]> byLang = new TreeMap<>();
        Map<String, int[]> byKind = new TreeMap<>();
        int[] total = new int[4];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            int[] row = byLang.computeIfAbsent(s.lang(), k -> new int[4]);
            int[] kind = byKind.computeIfAbsent(s.kind(), k -> new int[4]);
            int exact = ours[i].equals(s.lang()) ? 1 : 0;
            int fam = family(ours[i]).equals(family(s.lang())) ? 1 : 0;
            int lin = lingua != null && lingua[i].equals(family(s.lang())) ? 1 : 0;
            for (int[] r : List.of(row, kind, total)) {
                r[0]++;
                r[1] += exact;
                r[2] += fam;
                r[3] += lin;
            }
            if (misses && exact == 0) {
                out.printf("MISS %s -> %s%s\t%s%n", s.lang(), ours[i],
                        lingua == null ? "" : " (lingua " + lingua[i] + ")", s.text());
            }
        }
        out.println();
        out.println("| lang | n | ours exact | ours family | lingua family |");
        out.println("|---|---:|---:|---:|---:|");
        byLang.forEach((lang, r) -> out.println(row(lang, r, lingua != null)));
        out.println(row("**all**", total, lingua != null));
        out.println();
        out.println("| length | n | ours exact | ours family | lingua family |");
        out.println("|---|---:|---:|---:|---:|");
        byKind.forEach((kind, r) -> out.println(row(kind, r, lingua != null)));
        out.println();
        out.printf(Locale.ROOT, "speed (1 thread, best of timed passes over %d sentences): ours %.0f sentences/s", 
                samples.size(), oursRate);
        if (lingua != null) {
            out.printf(Locale.ROOT, ", lingua %.0f sentences/s, ratio %.1fx", linguaRate, oursRate / linguaRate);
        }
        out.println();
    }

    private static String row(String name, int[] r, boolean lingua) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %s |", name, r[0], 100.0 * r[1] / r[0],
                100.0 * r[2] / r[0], lingua ? String.format(Locale.ROOT, "%.1f%%", 100.0 * r[3] / r[0]) : "-");
    }

    static List<Sample> read(String resource, Path file) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (InputStream in = resource != null ? LangidBenchmark.class.getResourceAsStream(resource)
                : Files.newInputStream(file)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    out.add(new Sample(f[0], f[1], f[2]));
                } else if (f.length == 2 && !f[0].startsWith("NOTE:")) {
                    out.add(new Sample(f[0], "golden", f[1]));
                } else if (f.length != 2 && f.length != 3 && !line.startsWith("NOTE:")) {
                    throw new IOException("bad line: " + Arrays.toString(f));
                }
            }
        }
        return out;
    }
}
