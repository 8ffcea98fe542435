package io.taoxi.filters.html;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Infrastructure (CLI): runs {@link MainTextExtractor} over a page set and reports mean token-F1
 * and char-F1 per language and overall (see {@link ExtractionScore} for the metrics).
 *
 * <p>Layout: {@code <dir>/<lang>/<name>.html} with the reference text in
 * {@code <dir>/<lang>/<name>.expected.txt}. Usage:
 * <pre>
 *   java io.taoxi.filters.html.ExtractionEval [--verbose] [pagesDir]
 * </pre>
 * The default directory is {@code filters/src/test/resources/extraction/pages} (or
 * {@code src/test/resources/extraction/pages} when run from inside {@code filters/}).
 * {@code --verbose} adds one row per page. Exit status 2 when the directory has no pages.
 */
public final class ExtractionEval {

    private ExtractionEval() {}

    /** Score of one page. */
    public record PageResult(String lang, String name, double tokenF1, double charF1) {}

    /** Mean scores of one language (or {@code "ALL"}). */
    public record LangSummary(String lang, int pages, double meanTokenF1, double meanCharF1,
                              double minTokenF1, double minCharF1) {}

    public static void main(String[] args) {
        boolean verbose = false;
        Path dir = null;
        for (String arg : args) {
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else {
                dir = Path.of(arg);
            }
        }
        if (dir == null) {
            Path fromRoot = Path.of("filters/src/test/resources/extraction/pages");
            dir = Files.isDirectory(fromRoot) ? fromRoot : Path.of("src/test/resources/extraction/pages");
        }
        List<PageResult> results = evaluate(dir, new MainTextExtractor(MainTextExtractor.Spec.defaults()));
        if (results.isEmpty()) {
            System.err.println("no <lang>/<name>.html pages with .expected.txt under " + dir.toAbsolutePath());
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (verbose) {
            out.println(formatPages(results));
        }
        out.print(formatTable(summarize(results)));
    }

    /** Extracts and scores every page under {@code dir}, sorted by language and name. */
    public static List<PageResult> evaluate(Path dir, MainTextExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        for (Path page : pages) {
            String file = page.getFileName().toString();
            String name = file.substring(0, file.length() - ".html".length());
            Path expectedPath = page.resolveSibling(name + ".expected.txt");
            if (!Files.exists(expectedPath)) {
                continue;
            }
            try {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                String expected = Files.readString(expectedPath, StandardCharsets.UTF_8);
                String text = extractor.extract(html, "https://example.test/" + name).text();
                String lang = page.getParent().getFileName().toString();
                results.add(new PageResult(lang, name, ExtractionScore.tokenF1(text, expected),
                        ExtractionScore.charF1(text, expected)));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + page, e);
            }
        }
        return results;
    }

    /** Per-language summaries in language order, followed by {@code ALL}. */
    public static List<LangSummary> summarize(List<PageResult> results) {
        Map<String, List<PageResult>> byLang = new TreeMap<>();
        for (PageResult r : results) {
            byLang.computeIfAbsent(r.lang(), k -> new ArrayList<>()).add(r);
        }
        List<LangSummary> out = new ArrayList<>();
        byLang.forEach((lang, list) -> out.add(summary(lang, list)));
        out.add(summary("ALL", results));
        return out;
    }

    private static LangSummary summary(String lang, List<PageResult> list) {
        double token = 0;
        double chars = 0;
        double minToken = 1;
        double minChars = 1;
        for (PageResult r : list) {
            token += r.tokenF1();
            chars += r.charF1();
            minToken = Math.min(minToken, r.tokenF1());
            minChars = Math.min(minChars, r.charF1());
        }
        int n = Math.max(1, list.size());
        return new LangSummary(lang, list.size(), token / n, chars / n, minToken, minChars);
    }

    /** A fixed-width table: lang, pages, mean and min token-F1 and char-F1. */
    public static String formatTable(List<LangSummary> summaries) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %5s %10s %10s %10s %10s%n",
                "lang", "pages", "token_f1", "char_f1", "min_tok", "min_char"));
        for (LangSummary s : summaries) {
            sb.append(String.format(Locale.ROOT, "%-8s %5d %10.4f %10.4f %10.4f %10.4f%n",
                    s.lang(), s.pages(), s.meanTokenF1(), s.meanCharF1(), s.minTokenF1(), s.minCharF1()));
        }
        return sb.toString();
    }

    /** One row per page. */
    public static String formatPages(List<PageResult> results) {
        StringBuilder sb = new StringBuilder();
        for (PageResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-8s %-32s %8.4f %8.4f%n",
                    r.lang(), r.name(), r.tokenF1(), r.charF1()));
        }
        return sb.toString();
    }
}
