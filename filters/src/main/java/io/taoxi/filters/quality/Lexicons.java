package io.taoxi.filters.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Infrastructure: the word lists behind the quality signals, read from
 * {@code src/main/resources/io/taoxi/filters/quality/}: {@code stopwords/<lang>.txt} (one word a line) and
 * {@code boilerplate-markers.tsv}, {@code policy-markers.tsv} ({@code lang<TAB>marker}). Read once per
 * operator instance; immutable afterwards.
 */
final class Lexicons {
    private Lexicons() {
    }

    /** Languages with a stop list. */
    static final List<String> STOP_LANGUAGES = List.of("zh", "yue", "ja", "ko", "en", "fr", "de", "es", "pt", "ru", "vi");

    /**
     * Stop words for a language label, or null when we have no list for it ("not applicable", never "zero").
     * zh-Hans/zh-Hant use zh; yue uses zh plus yue; empty or und uses the route's language.
     */
    static Set<String> stopWords(String lang, Segmenter.Route route) {
        String base = baseLanguage(lang);
        if (base.isEmpty() || base.equals("und")) {
            base = switch (route) {
                case SMARTCN, SMARTCN_VIA_SIMPLIFIED -> "zh";
                case KUROMOJI -> "ja";
                case NORI -> "ko";
                case ICU -> "";
            };
        }
        if (!STOP_LANGUAGES.contains(base)) {
            return null;
        }
        Set<String> words = new HashSet<>(readList("stopwords/" + base + ".txt"));
        if (base.equals("yue")) {
            words.addAll(readList("stopwords/zh.txt"));
        }
        return Set.copyOf(words);
    }

    static String baseLanguage(String lang) {
        if (lang == null) {
            return "";
        }
        String l = lang.toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash < 0 ? l : l.substring(0, dash);
    }

    /** Markers of a {@code lang<TAB>marker} file, all languages, Latin lower-cased. */
    static List<String> markers(String resource) {
        List<String> out = new ArrayList<>();
        int lineNumber = 0;
        for (String line : readLines(resource)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException(resource + " line " + lineNumber + ": expected lang<TAB>marker");
            }
            out.add(line.substring(tab + 1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    private static List<String> readList(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : readLines(resource)) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("#")) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/taoxi/filters/quality/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("reading io/taoxi/filters/quality/" + resource, e);
        }
    }

    /** True when {@code lowerCasedLine} contains any marker. */
    static boolean containsAny(String lowerCasedLine, List<String> markers) {
        for (String marker : markers) {
            if (lowerCasedLine.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
