package io.taoxi.filters.quality;

import java.util.List;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalColumn.Type;
import io.taoxi.filters.core.SignalOperator;

/**
 * Operator {@code fineweb_quality_v1}: the signals of FineWeb's own quality filter (Penedo et al. 2024,
 * "The FineWeb Datasets", section 3.6; the same filter runs in FineWeb-2 with per-language thresholds).
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>definition</th></tr>
 * <tr><td>{@code line_punct_frac}</td><td>non-blank lines ending in {@code . ! ? " '} or CJK {@code 。 ！ ？ ” ’ 」 』 ｡ ．}
 *     (closing brackets skipped; no ellipsis, unlike C4) / non-blank lines; null without lines</td></tr>
 * <tr><td>{@code short_line_frac}</td><td>non-blank lines of at most {@code shortLineChars} code points / non-blank lines</td></tr>
 * <tr><td>{@code dup_line_char_ratio}</td><td>code points in lines repeating an earlier line / code points of the text
 *     without newlines; null for an empty text</td></tr>
 * <tr><td>{@code newline_word_ratio}</td><td>'\n' characters / words ({@link Segmenter}); null without words</td></tr>
 * </table>
 *
 * <p>Examples: {@code en "Home\nAbout\nContact\nThis page explains our refund rules in detail."} →
 * line_punct_frac=0.25, short_line_frac=0.75; {@code zh-Hans "新闻\n新闻\n今天的新闻。"} → dup_line_char_ratio=0.2 (2 of 10 chars).
 *
 * <p>Known weaknesses: {@code shortLineChars} counts code points, and 30 CJK characters carry about as much as
 * 60–90 Latin ones, so the English default is lenient on CJK lines (FineWeb-2 disabled this rule for all
 * languages); {@code newline_word_ratio} depends on the segmenter's word count; documents longer than
 * {@code maxInputChars} are judged on their prefix.
 */
public final class FineWebQuality implements SignalOperator {

    public static final String NAME = "fineweb_quality_v1";

    /**
     * @param maxInputChars work cap: only this many UTF-16 units of the text are analysed (1,000–50,000,000)
     * @param shortLineChars a line of at most this many code points is short (1–10,000; FineWeb: 30)
     */
    public record Spec(int maxInputChars, int shortLineChars) {
        public Spec {
            Specs.checkMaxInputChars(maxInputChars);
            Specs.checkRange("shortLineChars", shortLineChars, 1, 10_000);
        }

        public static Spec defaults() {
            return new Spec(Specs.DEFAULT_MAX_INPUT_CHARS, 30);
        }
    }

    private static final List<SignalColumn> COLUMNS = List.of(
            new SignalColumn("line_punct_frac", Type.DOUBLE, "share of non-blank lines ending in punctuation"),
            new SignalColumn("short_line_frac", Type.DOUBLE, "share of non-blank lines with at most shortLineChars chars"),
            new SignalColumn("dup_line_char_ratio", Type.DOUBLE, "chars in repeated lines over chars of the text without newlines"),
            new SignalColumn("newline_word_ratio", Type.DOUBLE, "newlines per word"));

    private final Spec spec;
    private final Segmenters segmenters;

    public FineWebQuality(Spec spec) {
        this(spec, new Segmenters());
    }

    /** With segmenters shared with other operators, so a document is segmented once. */
    public FineWebQuality(Spec spec, Segmenters segmenters) {
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
        List<String> lines = Texts.lines(text);
        long punct = 0;
        long shortLines = 0;
        for (String line : lines) {
            if (C4Quality.endsWithTerminal(line, true)) {
                punct++;
            }
            if (Texts.chars(line) <= spec.shortLineChars()) {
                shortLines++;
            }
        }
        long newlines = text.chars().filter(c -> c == '\n').count();
        long charsWithoutNewlines = Texts.chars(text) - newlines;
        Repetition.Duplicates duplicates = Repetition.duplicates(lines);
        long words = segmenters.words(text, doc.lang()).size();
        return new Object[] {
            Texts.ratio(punct, lines.size()),
            Texts.ratio(shortLines, lines.size()),
            Texts.ratio(duplicates.duplicateChars(), charsWithoutNewlines),
            Texts.ratio(newlines, words),
        };
    }
}
