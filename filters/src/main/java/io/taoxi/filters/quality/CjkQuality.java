package io.taoxi.filters.quality;

import java.util.List;
import java.util.Locale;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalColumn.Type;
import io.taoxi.filters.core.SignalOperator;

/**
 * Operator {@code cjk_quality_v1}: character-level signals for Chinese, Japanese and Korean web text, after
 * the preprocessing rules of ChineseWebText / EvalWeb (Chen et al. 2023, arXiv:2311.01149: drop a text under
 * 200 characters, with mean line length under 10 characters, with under 30% Chinese characters, or with over
 * 50% of its characters in repeated 13-grams) and FineWeb-2's practice of counting characters for CJK. Character counts are the
 * unit for CJK; word counts come from the language's segmenter ({@link Segmenter}).
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>definition</th></tr>
 * <tr><td>{@code char_count}</td><td>code points of the analysed text (whitespace included)</td></tr>
 * <tr><td>{@code han_char_frac}</td><td>Han code points / non-whitespace code points; null for a blank text</td></tr>
 * <tr><td>{@code cjk_char_count}</td><td>Han + kana (incl. ー) + Hangul code points</td></tr>
 * <tr><td>{@code cjk_word_count}</td><td>segmented words containing at least one CJK character</td></tr>
 * <tr><td>{@code mean_line_chars}</td><td>mean code points per non-blank line; null without lines</td></tr>
 * <tr><td>{@code boilerplate_line_frac}</td><td>non-blank lines of at most {@code boilerplateMaxLineChars} code points
 *     containing a marker from {@code boilerplate-markers.tsv} (版权所有, ICP备, 登录, 注册, 点击, ログイン, 利用規約,
 *     로그인, 무단전재 …) / non-blank lines; null without lines</td></tr>
 * <tr><td>{@code long_digit_run_count}</td><td>runs of at least {@code longDigitRunChars} consecutive decimal digits
 *     (ASCII or full-width): phone numbers, QQ/ICP numbers, IDs</td></tr>
 * <tr><td>{@code dup_13char_ngram_frac}</td><td>non-whitespace code points covered by a 13-code-point sequence that
 *     occurs more than once / non-whitespace code points; null under 13</td></tr>
 * </table>
 *
 * <p>Examples: {@code zh-Hans "版权所有 © 2024 某某公司\n京ICP备12345678号\n今天我们讨论数据清洗的方法和步骤。"} →
 * boilerplate_line_frac=0.667, long_digit_run_count=0 (8 digits, under 10); {@code ja "東京タワーに行きました。"} →
 * han_char_frac=0.25 (東, 京, 行 of 12), cjk_char_count=11; {@code ko "안녕하세요 반갑습니다"} → han_char_frac=0.0,
 * cjk_char_count=10.
 *
 * <p>Known weaknesses: {@code han_char_frac} is low for Japanese (kana) and near zero for Korean by design,
 * so its thresholds are per language; markers like 点击 or 注册 also occur in real sentences (the
 * {@code boilerplateMaxLineChars} cap limits that to short lines, and real content can still be short);
 * the 13-code-point window fires on legitimately repeated formulas (legal boilerplate quoted twice, song
 * refrains); documents longer than {@code maxInputChars} are judged on their prefix.
 */
public final class CjkQuality implements SignalOperator {

    public static final String NAME = "cjk_quality_v1";

    /** Length of the repeated character n-gram; in the column name, so changing it is a new operator version. */
    public static final int NGRAM_CHARS = 13;

    /**
     * @param maxInputChars work cap: only this many UTF-16 units of the text are analysed (1,000–50,000,000)
     * @param longDigitRunChars a digit run at least this long counts (4–100; default 10: longer than a
     *     YYYYMMDD date, as long as a Chinese mobile number without its first digit)
     * @param boilerplateMaxLineChars only lines at most this long can be boilerplate (1–10,000; default 80)
     */
    public record Spec(int maxInputChars, int longDigitRunChars, int boilerplateMaxLineChars) {
        public Spec {
            Specs.checkMaxInputChars(maxInputChars);
            Specs.checkRange("longDigitRunChars", longDigitRunChars, 4, 100);
            Specs.checkRange("boilerplateMaxLineChars", boilerplateMaxLineChars, 1, 10_000);
        }

        public static Spec defaults() {
            return new Spec(Specs.DEFAULT_MAX_INPUT_CHARS, 10, 80);
        }
    }

    private static final List<SignalColumn> COLUMNS = List.of(
            new SignalColumn("char_count", Type.LONG, "code points of the analysed text"),
            new SignalColumn("han_char_frac", Type.DOUBLE, "Han code points over non-whitespace code points"),
            new SignalColumn("cjk_char_count", Type.LONG, "Han, kana and Hangul code points"),
            new SignalColumn("cjk_word_count", Type.LONG, "segmented words with a CJK character"),
            new SignalColumn("mean_line_chars", Type.DOUBLE, "mean code points per non-blank line"),
            new SignalColumn("boilerplate_line_frac", Type.DOUBLE, "share of non-blank lines that are boilerplate"),
            new SignalColumn("long_digit_run_count", Type.LONG, "runs of at least longDigitRunChars digits"),
            new SignalColumn("dup_13char_ngram_frac", Type.DOUBLE,
                    "share of non-whitespace chars inside a 13-char sequence that occurs more than once"));

    private final Spec spec;
    private final List<String> boilerplateMarkers;
    private final Segmenters segmenters;

    public CjkQuality(Spec spec) {
        this(spec, new Segmenters());
    }

    /** With segmenters shared with other operators, so a document is segmented once. */
    public CjkQuality(Spec spec, Segmenters segmenters) {
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        this.boilerplateMarkers = Lexicons.markers("boilerplate-markers.tsv");
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
        long chars = 0;
        long han = 0;
        long cjk = 0;
        long nonSpace = 0;
        long digitRuns = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            chars++;
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                nonSpace++;
            }
            if (Texts.isHan(cp)) {
                han++;
                cjk++;
            } else if (Texts.isKana(cp) || Texts.isHangul(cp)) {
                cjk++;
            }
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                run++;
            } else {
                if (run >= spec.longDigitRunChars()) {
                    digitRuns++;
                }
                run = 0;
            }
        }
        if (run >= spec.longDigitRunChars()) {
            digitRuns++;
        }
        List<String> lines = Texts.lines(text);
        long lineChars = 0;
        long boilerplate = 0;
        for (String line : lines) {
            int length = Texts.chars(line);
            lineChars += length;
            if (length <= spec.boilerplateMaxLineChars()
                    && Lexicons.containsAny(line.toLowerCase(Locale.ROOT), boilerplateMarkers)) {
                boilerplate++;
            }
        }
        long cjkWords = 0;
        for (String word : segmenters.words(text, doc.lang())) {
            if (word.codePoints().anyMatch(Texts::isCjk)) {
                cjkWords++;
            }
        }
        return new Object[] {
            chars,
            Texts.ratio(han, nonSpace),
            cjk,
            cjkWords,
            Texts.ratio(lineChars, lines.size()),
            Texts.ratio(boilerplate, lines.size()),
            digitRuns,
            Repetition.dupCharNgramFrac(text, NGRAM_CHARS),
        };
    }
}
