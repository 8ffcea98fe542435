package io.taoxi.filters.toxicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Record: the toxicity term lists, one per language, keyed by list name ({@code zh-Hans}, {@code zh-Hant},
 * {@code ja}, {@code ko}, {@code en}, {@code any}, or any name a user adds).
 *
 * <p>File format (UTF-8, one entry per line, {@code #} starts a comment line, blank lines ignored):
 * <pre>
 * term &lt;TAB&gt; weight &lt;TAB&gt; category &lt;TAB&gt; variants
 * 傻逼    2    hate_insult    煞笔,傻比,shabi
 * 尼玛县  0    allow
 * idiot
 * </pre>
 * Only the term is required; weight defaults to 1.0 and category to {@code unspecified}. Variants are
 * comma-separated alternative spellings (pinyin, homophones, leetspeak) that count as the term. The
 * category {@code allow} declares an innocent word: a hit that overlaps an occurrence of an allow word
 * is discarded (place names, compounds such as 尼玛县, 시발점, バカンス, Scunthorpe).
 */
public record ToxicityLexicon(Map<String, List<Entry>> lists) {
    /** Categories the bundled lists use; user lists may use any other snake_case name. */
    public static final List<String> CATEGORIES =
            List.of("sexual", "hate_insult", "violence", "gambling_spam", "illegal_trade");
    public static final String ALLOW = "allow";
    /** Bundled lists: the same files as {@code conf/lexicons/toxicity/} (a test keeps them identical). */
    public static final List<String> BUNDLED_LISTS = List.of("zh-Hans", "zh-Hant", "ja", "ko", "en", "any");
    static final String RESOURCE_FOLDER = "/io/taoxi/filters/toxicity/";

    /** One term and its spellings. {@code origin} is {@code file:line} for error messages. */
    public record Entry(String term, double weight, String category, List<String> variants, String list,
            String origin) {
        public Entry {
            if (term == null || term.isBlank()) {
                throw new IllegalArgumentException(origin + ": empty term");
            }
            if (!(weight >= 0) || weight > 100) {
                throw new IllegalArgumentException(origin + ": weight must be in [0, 100], got " + weight);
            }
            if (category == null || !category.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException(origin + ": category must be snake_case, got " + category);
            }
            variants = variants == null ? List.of() : List.copyOf(variants);
        }

        public boolean allow() {
            return ALLOW.equals(category);
        }
    }

    public ToxicityLexicon {
        Map<String, List<Entry>> copy = new LinkedHashMap<>();
        lists.forEach((name, entries) -> copy.put(name, List.copyOf(entries)));
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    /** The lists shipped inside the jar. */
    public static ToxicityLexicon bundled() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        for (String name : BUNDLED_LISTS) {
            String resource = RESOURCE_FOLDER + name + ".tsv";
            try (InputStream in = ToxicityLexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled toxicity list missing from the jar: " + resource);
                }
                lists.put(name, parse(name, resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new ToxicityLexicon(lists);
    }

    /** Every {@code *.tsv} in {@code folder}; the file name without {@code .tsv} is the list name. */
    public static ToxicityLexicon load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("toxicity lexicon folder does not exist: " + folder);
        }
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    lists.put(name, parse(name, file.toString(), reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read toxicity lexicon folder " + folder, e);
        }
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("no *.tsv lists in toxicity lexicon folder " + folder);
        }
        return new ToxicityLexicon(lists);
    }

    /** Parses one list; errors name {@code source:line}. */
    public static List<Entry> parse(String list, String source, Reader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String origin = source + ":" + number;
            String[] cols = line.split("\t", -1);
            String term = cols[0].strip();
            double weight = 1.0;
            if (cols.length > 1 && !cols[1].isBlank()) {
                try {
                    weight = Double.parseDouble(cols[1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(origin + ": weight is not a number: " + cols[1]);
                }
            }
            String category = cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : "unspecified";
            List<String> variants = new ArrayList<>();
            if (cols.length > 3) {
                for (String v : cols[3].split(",")) {
                    if (!v.isBlank()) {
                        variants.add(v.strip());
                    }
                }
            }
            entries.add(new Entry(term, weight, category, variants, list, origin));
        }
        return entries;
    }
}
