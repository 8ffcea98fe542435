package io.taoxi.filters.quality;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalColumn.Type;
import io.taoxi.filters.core.SignalOperator;

/**
 * Operator {@code gopher_quality_v1}: the document-shape signals of Gopher's quality filter (Rae et al. 2021,
 * "Scaling Language Models", appendix A.1.1), computed on <em>segmented</em> words ({@link Segmenter}) so they
 * mean something for Chinese, Japanese and Korean.
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>definition</th></tr>
 * <tr><td>{@code word_count}</td><td>words (tokens with a letter or digit)</td></tr>
 * <tr><td>{@code mean_word_chars}</td><td>mean code points per word; null without words</td></tr>
 * <tr><td>{@code hash_word_ratio}</td><td>'#' and '＃' characters per word; null without words</td></tr>
 * <tr><td>{@code ellipsis_word_ratio}</td><td>ellipses per word: a run of "…"/"⋯" or of 3+ dots is one; null without words</td></tr>
 * <tr><td>{@code bullet_line_frac}</td><td>non-blank lines starting with a bullet (• ● ◦ ▪ ■ ‣ ⁃ ∙ · ・ - * – ➢ ► ▶ ✓ ✔); null without lines</td></tr>
 * <tr><td>{@code ellipsis_line_frac}</td><td>non-blank lines ending with an ellipsis; null without lines</td></tr>
 * <tr><td>{@code stop_word_count}</td><td>words (lower-cased) in the language's stop list; null when we have no list for the language</td></tr>
 * <tr><td>{@code alpha_word_frac}</td><td>words with at least one letter (Han, kana and Hangul are letters); null without words</td></tr>
 * </table>
 *
 * <p>Examples (see {@code quality/gopher_quality.tsv}): {@code en "The cat sat on the mat with a hat."} →
 * word_count=9, mean_word_chars=2.78, stop_word_count=3 (the, the, with); {@code zh-Hans "我们今天去北京大学图书馆查资料。"}
 * → word_count=7, mean_word_chars=2.0, stop_word_count=1 (我们); {@code "• a\n• b\nc"} → bullet_line_frac=0.667.
 *
 * <p>Known weaknesses: CJK word counts depend on the segmenter (SmartCN, Kuromoji and Nori all cut finer
 * than a person would), so word-count and word-length thresholds for CJK must be set on this operator's
 * output; the English stop list is Gopher's eight words only, so short English texts written without them
 * ("Buy now. Free shipping.") score 0; mean word length over Korean morphemes is lower than over eojeols.
 * Documents longer than {@code maxInputChars} are judged on their prefix.
 */
public final class GopherQuality implements SignalOperator {

    public static final String NAME = "gopher_quality_v1";

    /** @param maxInputChars work cap: only this many UTF-16 units of the text are analysed (1,000–50,000,000) */
    public record Spec(int maxInputChars) {
        public Spec {
            Specs.checkMaxInputChars(maxInputChars);
        }

        public static Spec defaults() {
            return new Spec(Specs.DEFAULT_MAX_INPUT_CHARS);
        }
    }

    private static final List<SignalColumn> COLUMNS = List.of(
            new SignalColumn("word_count", Type.LONG, "words from the language's segmenter"),
            new SignalColumn("mean_word_chars", Type.DOUBLE, "mean code points per word"),
            new SignalColumn("hash_word_ratio", Type.DOUBLE, "'#' characters per word"),
            new SignalColumn("ellipsis_word_ratio", Type.DOUBLE, "ellipses per word"),
            new SignalColumn("bullet_line_frac", Type.DOUBLE, "share of non-blank lines starting with a bullet"),
            new SignalColumn("ellipsis_line_frac", Type.DOUBLE, "share of non-blank lines ending with an ellipsis"),
            new SignalColumn("stop_word_count", Type.LONG, "words in the language's stop list"),
            new SignalColumn("alpha_word_frac", Type.DOUBLE, "share of words with at least one letter"));

    private final Spec spec;
    private final Segmenters segmenters;
    private final Map<String, Object> stopLists = new ConcurrentHashMap<>();

    public GopherQuality(Spec spec) {
        this(spec, new Segmenters());
    }

    /** With segmenters shared with other operators, so a document is segmented once. */
    public GopherQuality(Spec spec, Segmenters segmenters) {
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        this.segmenters = java.util.Objects.requireNonNull(segmenters, "segmenters");
    }

    public Spec spec() {
        return spec;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<SignalColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Object[] compute(Doc doc) {
        String text = Texts.prepare(doc.text(), spec.maxInputChars());
        List<String> words = segmenters.words(text, doc.lang());
        List<String> lines = Texts.lines(text);
        long n = words.size();
        long wordChars = 0;
        long alpha = 0;
        for (String w : words) {
            wordChars += Texts.chars(w);
            if (hasLetter(w)) {
                alpha++;
            }
        }
        Set<String> stop = stopWords(doc.lang(), Segmenter.route(doc.lang(), text));
        Long stopCount = null;
        if (stop != null) {
            long count = 0;
            for (String w : words) {
                if (stop.contains(w.toLowerCase(Locale.ROOT))) {
                    count++;
                }
            }
            stopCount = count;
        }
        int bullets = 0;
        int ellipsisLines = 0;
        for (String line : lines) {
            if (isBullet(line.codePointAt(0))) {
                bullets++;
            }
            if (endsWithEllipsis(line)) {
                ellipsisLines++;
            }
        }
        return new Object[] {
            n,
            Texts.ratio(wordChars, n),
            Texts.ratio(countHashes(text), n),
            Texts.ratio(countEllipses(text), n),
            Texts.ratio(bullets, lines.size()),
            Texts.ratio(ellipsisLines, lines.size()),
            stopCount,
            Texts.ratio(alpha, n),
        };
    }

    @SuppressWarnings("unchecked")
    private Set<String> stopWords(String lang, Segmenter.Route route) {
        String key = lang + "|" + route;
        Object cached = stopLists.computeIfAbsent(key, k -> {
            Set<String> set = Lexicons.stopWords(lang, route);
            return set == null ? Boolean.FALSE : set;
        });
        return cached instanceof Set<?> set ? (Set<String>) set : null;
    }

    static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static boolean isBullet(int cp) {
        return switch (cp) {
            case '•', '●', '○', '◦', '▪', '▫', '■', '□', '‣', '⁃', '∙', '·', '・', '-', '*', '–', '➢', '►', '▶', '✓', '✔' -> true;
            default -> false;
        };
    }

    static boolean isEllipsisChar(int cp) {
        return cp == '…' || cp == '⋯';
    }

    static boolean endsWithEllipsis(String line) {
        return isEllipsisChar(Texts.lastCodePoint(line)) || line.endsWith("...");
    }

    static long countHashes(String text) {
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' || c == '＃') {
                count++;
            }
        }
        return count;
    }

    /** A run of "…"/"⋯" (with any dots in it) or of three or more dots counts as one ellipsis. */
    static long countEllipses(String text) {
        long count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '…' || c == '⋯' || c == '.') {
                int j = i;
                boolean hasEllipsisChar = false;
                while (j < n && (text.charAt(j) == '…' || text.charAt(j) == '⋯' || text.charAt(j) == '.')) {
                    hasEllipsisChar |= text.charAt(j) != '.';
                    j++;
                }
                if (hasEllipsisChar || j - i >= 3) {
                    count++;
                }
                i = j;
            } else {
                i++;
            }
        }
        return count;
    }
}
