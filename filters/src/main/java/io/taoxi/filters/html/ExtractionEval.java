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
 * Infrastructure (CLI): runs {@link MainTextExtractor} over a page set, or reads texts another
 * extractor wrote, and reports mean token-F1 and char-F1 per language and overall (see
 * {@link ExtractionScore} for the metrics).
 *
 * <p>Layout: {@code <dir>/<lang>/<name>.html} with the reference text in
 * {@code <dir>/<lang>/<name>.expected.txt}. Pages are read as UTF-8 whatever they declare (every
 * committed set is UTF-8). Usage:
 * <pre>
 *   java io.taoxi.filters.html.ExtractionEval [--verbose] [--candidates CANDIDATES_DIR] [pagesDir]
 * </pre>
 * The default directory is {@code filters/src/test/resources/extraction/pages} (or
 * {@code src/test/resources/extraction/pages} when run from inside {@code filters/}).
 * {@code --verbose} adds one row per page. With {@code --candidates}, {@link MainTextExtractor} is
 * not run: the text of page {@code <lang>/<name>} is read from {@code CANDIDATES_DIR/<lang>/<name>.txt}
 * (UTF-8) and scored against the same reference; a page without that file scores 0 on both metrics,
 * and the missing files are counted and listed after the table ({@code bench/extraction-peers.sh}
 * scores other extractors this way). Exit status 2 when the directory has no pages or the
 * candidates directory does not exist.
 */
public final class ExtractionEval {

    private ExtractionEval() {}

    /** One page of a set: its language folder, name, HTML file and reference text file. */
    public record Page(String lang, String name, Path html, Path expected) {}

    /** Score of one page. */
    public record PageResult(String lang, String name, double tokenF1, double charF1) {}

    /** Mean scores of one language (or {@code "ALL"}). */
    public record LangSummary(String lang, int pages, double meanTokenF1, double meanCharF1,
                              double minTokenF1, double minCharF1) {}

    /**
     * Scores of candidate texts: one result per page in page order (a missing candidate scores 0),
     * and the pages whose candidate file was missing.
     */
    public record CandidateRun(List<PageResult> results, List<Page> missing) {
        public CandidateRun {
            results = List.copyOf(results);
            missing = List.copyOf(missing);
        }
    }

    public static void main(String[] args) {
        boolean verbose = false;
        Path dir = null;
        Path candidates = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else if (arg.equals("--candidates")) {
                if (i + 1 == args.length) {
                    System.err.println("--candidates needs a directory: --candidates DIR");
                    System.exit(2);
                }
                candidates = Path.of(args[++i]);
            } else {
                dir = Path.of(arg);
            }
        }
        if (dir == null) {
            Path fromRoot = Path.of("filters/src/test/resources/extraction/pages");
            dir = Files.isDirectory(fromRoot) ? fromRoot : Path.of("src/test/resources/extraction/pages");
        }
        if (candidates != null && !Files.isDirectory(candidates)) {
            System.err.println("candidates directory not found: " + candidates.toAbsolutePath());
            System.exit(2);
        }
        List<PageResult> results;
        List<Page> missing = List.of();
        long startNanos = System.nanoTime();
        if (candidates == null) {
            results = evaluate(dir, new MainTextExtractor(MainTextExtractor.Spec.defaults()));
        } else {
            CandidateRun run = evaluateCandidates(dir, candidates);
            results = run.results();
            missing = run.missing();
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (results.isEmpty()) {
            System.err.println("no <lang>/<name>.html pages with .expected.txt under " + dir.toAbsolutePath());
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (verbose) {
            out.println(formatPages(results));
        }
        out.print(formatTable(summarize(results)));
        if (candidates == null) {
            System.err.printf(Locale.ROOT, "extracted and scored %d pages in %d ms%n", results.size(), millis);
        } else {
            out.print(formatMissing(missing, results.size(), candidates));
        }
    }

    /** Pages under {@code dir} ({@code <lang>/<name>.html} with a {@code .expected.txt}), sorted by path. */
    public static List<Page> pages(Path dir) {
        List<Path> htmlFiles;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            htmlFiles = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        List<Page> pages = new ArrayList<>();
        for (Path html : htmlFiles) {
            String file = html.getFileName().toString();
            String name = file.substring(0, file.length() - ".html".length());
            Path expected = html.resolveSibling(name + ".expected.txt");
            if (Files.exists(expected)) {
                pages.add(new Page(html.getParent().getFileName().toString(), name, html, expected));
            }
        }
        return pages;
    }

    /** Extracts and scores every page under {@code dir}, sorted by language and name. */
    public static List<PageResult> evaluate(Path dir, MainTextExtractor extractor) {
        List<PageResult> results = new ArrayList<>();
        for (Page page : pages(dir)) {
            String text = extractor.extract(read(page.html()), "https://example.test/" + page.name()).text();
            results.add(score(page, text));
        }
        return results;
    }

    /**
     * Scores the pre-extracted text {@code candidates/<lang>/<name>.txt} of every page under
     * {@code dir} against its reference; a page without that file scores 0 and is listed as missing.
     */
    public static CandidateRun evaluateCandidates(Path dir, Path candidates) {
        List<PageResult> results = new ArrayList<>();
        List<Page> missing = new ArrayList<>();
        for (Page page : pages(dir)) {
            Path candidate = candidateFile(candidates, page);
            if (Files.isRegularFile(candidate)) {
                results.add(score(page, read(candidate)));
            } else {
                missing.add(page);
                results.add(new PageResult(page.lang(), page.name(), 0, 0));
            }
        }
        return new CandidateRun(results, missing);
    }

    /** Where {@link #evaluateCandidates} looks for the text of {@code page}. */
    public static Path candidateFile(Path candidates, Page page) {
        return candidates.resolve(page.lang()).resolve(page.name() + ".txt");
    }

    private static PageResult score(Page page, String text) {
        String expected = read(page.expected());
        return new PageResult(page.lang(), page.name(), ExtractionScore.tokenF1(text, expected),
                ExtractionScore.charF1(text, expected));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
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

    /** {@code missing_candidates N of M} and one line per missing file. */
    public static String formatMissing(List<Page> missing, int pages, Path candidates) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "missing_candidates %d of %d (scored 0)%n", missing.size(), pages));
        for (Page page : missing) {
            sb.append("missing ").append(candidateFile(candidates, page)).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
