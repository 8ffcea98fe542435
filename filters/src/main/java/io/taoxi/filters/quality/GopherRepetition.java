package io.taoxi.filters.quality;

import java.util.ArrayList;
import java.util.List;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalColumn.Type;
import io.taoxi.filters.core.SignalOperator;

/**
 * Operator {@code gopher_repetition_v1}: Gopher's repetition signals (Rae et al. 2021, appendix A.1.1,
 * table A1), with word n-grams over <em>segmented</em> words ({@link Segmenter}) so CJK text is not one
 * giant "word".
 *
 * <table>
 * <caption>Columns (all fractions in [0, 1])</caption>
 * <tr><th>column</th><th>definition</th></tr>
 * <tr><td>{@code dup_line_frac}</td><td>non-blank lines equal (after strip) to an earlier line / non-blank lines</td></tr>
 * <tr><td>{@code dup_line_char_frac}</td><td>code points in those duplicate lines / code points in all non-blank lines</td></tr>
 * <tr><td>{@code dup_para_frac}</td><td>paragraphs (split at blank lines) equal to an earlier one / paragraphs</td></tr>
 * <tr><td>{@code dup_para_char_frac}</td><td>code points in duplicate paragraphs / code points in all paragraphs</td></tr>
 * <tr><td>{@code top_2gram_char_frac} … {@code top_4gram_char_frac}</td><td>occurrences × chars of the most
 *     frequent word n-gram / chars of all words; 0 when no n-gram repeats</td></tr>
 * <tr><td>{@code dup_5gram_char_frac} … {@code dup_10gram_char_frac}</td><td>chars of words covered by any word
 *     n-gram occurring twice or more (each word once) / chars of all words</td></tr>
 * </table>
 * Line and paragraph columns are null when the text has no non-blank line; n-gram columns are null with
 * fewer than n words. Word chars exclude the spaces between words, so a language with or without spaces is
 * measured alike.
 *
 * <p>Examples: {@code "买一送一\n买一送一\n限时抢购"} → dup_line_frac=0.333, dup_line_char_frac=0.333;
 * {@code en "buy now buy now buy now"} → top_2gram_char_frac=1.0 ("buy now" ×3 × 6 chars / 18 word chars),
 * dup_5gram_char_frac=0.0 (its two 5-grams differ); {@code ja "今日は晴れです。" ×3} → top_2gram_char_frac=0.571
 * (晴れ|です ×3 × 4 / 21), dup_5gram_char_frac=1.0; a text with no repeated n-gram → all zeros.
 *
 * <p>Known weaknesses: SmartCN cuts Chinese finer than a person would, so CJK n-grams cover fewer
 * characters and the same published fraction is stricter or looser depending on the segmenter — set CJK
 * thresholds on this operator's output (FineWeb-2's cmn_Hani values were tuned on a different tokenizer);
 * the n-gram hashes are 64-bit, a collision (probability below 1e-8 per document) would count two different
 * n-grams as one; documents longer than {@code maxInputChars} are judged on their prefix.
 */
public final class GopherRepetition implements SignalOperator {

    public static final String NAME = "gopher_repetition_v1";

    /** @param maxInputChars work cap: only this many UTF-16 units of the text are analysed (1,000–50,000,000) */
    public record Spec(int maxInputChars) {
        public Spec {
            Specs.checkMaxInputChars(maxInputChars);
        }

        public static Spec defaults() {
            return new Spec(Specs.DEFAULT_MAX_INPUT_CHARS);
        }
    }

    static final int[] TOP_NGRAMS = {2, 3, 4};
    static final int[] DUP_NGRAMS = {5, 6, 7, 8, 9, 10};
    private static final List<SignalColumn> COLUMNS = columnList();

    private final Spec spec;
    private final Segmenters segmenters;

    public GopherRepetition(Spec spec) {
        this(spec, new Segmenters());
    }

    /** With segmenters shared with other operators, so a document is segmented once. */
    public GopherRepetition(Spec spec, Segmenters segmenters) {
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        this.segmenters = java.util.Objects.requireNonNull(segmenters, "segmenters");
    }

    public Spec spec() {
        return spec;
    }

    private static List<SignalColumn> columnList() {
        List<SignalColumn> c = new ArrayList<>();
        c.add(new SignalColumn("dup_line_frac", Type.DOUBLE, "share of non-blank lines that repeat an earlier line"));
        c.add(new SignalColumn("dup_line_char_frac", Type.DOUBLE, "share of line chars in repeated lines"));
        c.add(new SignalColumn("dup_para_frac", Type.DOUBLE, "share of paragraphs that repeat an earlier paragraph"));
        c.add(new SignalColumn("dup_para_char_frac", Type.DOUBLE, "share of paragraph chars in repeated paragraphs"));
        for (int n : TOP_NGRAMS) {
            c.add(new SignalColumn("top_" + n + "gram_char_frac", Type.DOUBLE,
                    "share of word chars in the most frequent word " + n + "-gram"));
        }
        for (int n : DUP_NGRAMS) {
            c.add(new SignalColumn("dup_" + n + "gram_char_frac", Type.DOUBLE,
                    "share of word chars inside word " + n + "-grams that occur more than once"));
        }
        return List.copyOf(c);
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
        Object[] out = new Object[COLUMNS.size()];
        Repetition.Duplicates lines = Repetition.duplicates(Texts.lines(text));
        Repetition.Duplicates paragraphs = Repetition.duplicates(Texts.paragraphs(text));
        out[0] = Texts.ratio(lines.duplicates(), lines.elements());
        out[1] = lines.elements() == 0 ? null : Texts.ratio(lines.duplicateChars(), lines.chars());
        out[2] = Texts.ratio(paragraphs.duplicates(), paragraphs.elements());
        out[3] = paragraphs.elements() == 0 ? null : Texts.ratio(paragraphs.duplicateChars(), paragraphs.chars());
        if (out[1] == null && lines.elements() > 0) {
            out[1] = 0.0;
        }
        if (out[3] == null && paragraphs.elements() > 0) {
            out[3] = 0.0;
        }
        Repetition.WordSeq words = Repetition.WordSeq.of(segmenters.words(text, doc.lang()));
        int i = 4;
        for (int n : TOP_NGRAMS) {
            out[i++] = Repetition.topNgramCharFrac(words, n);
        }
        for (int n : DUP_NGRAMS) {
            out[i++] = Repetition.dupNgramCharFrac(words, n);
        }
        return out;
    }
}
