package io.taoxi.filters.quality;

import java.util.List;
import java.util.Locale;

import io.taoxi.filters.core.Doc;
import io.taoxi.filters.core.SignalColumn;
import io.taoxi.filters.core.SignalColumn.Type;
import io.taoxi.filters.core.SignalOperator;

/**
 * Operator {@code c4_quality_v1}: the signals behind C4's cleaning rules (Raffel et al. 2020, "Exploring the
 * Limits of Transfer Learning…", section 2.2), as document-level columns: C4 edits lines away, Taoxi never
 * edits the stored text, so the thresholds decide on shares and counts instead.
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>definition</th></tr>
 * <tr><td>{@code line_count}</td><td>non-blank lines</td></tr>
 * <tr><td>{@code terminal_punct_line_frac}</td><td>non-blank lines ending in a terminal mark: {@code . ! ? " ' ” ’ …}
 *     and CJK {@code 。 ！ ？ 」 』 ⋯ ｡ ．}; trailing closing brackets are skipped first; null without lines</td></tr>
 * <tr><td>{@code has_lorem_ipsum}</td><td>"lorem ipsum" anywhere, any case</td></tr>
 * <tr><td>{@code has_curly_bracket}</td><td>'{' anywhere (C4's code/template proxy)</td></tr>
 * <tr><td>{@code javascript_line_count}</td><td>lines containing "javascript", any case</td></tr>
 * <tr><td>{@code policy_line_count}</td><td>lines with a terms-of-use / privacy / cookie phrase ({@code policy-markers.tsv}: C4's English phrases plus zh/ja/ko ones)</td></tr>
 * </table>
 *
 * <p>Examples: {@code zh-Hans "今天天气很好。\n我们去公园吧！"} → terminal_punct_line_frac=1.0;
 * {@code ja "「ありがとう」\n次へ"} → 0.5; {@code en "Please enable JavaScript to view this site."} →
 * javascript_line_count=1.
 *
 * <p>Known weaknesses: {@code has_curly_bracket} is true for every page with code or JSON — C4 accepted that
 * loss, we default the rule off in the reference thresholds; Chinese web text often ends lines without
 * punctuation (headlines, list items), so the English-tuned share is harsh on it; the policy phrases are a
 * short hand-written list. Documents longer than {@code maxInputChars} are judged on their prefix.
 */
public final class C4Quality implements SignalOperator {

    public static final String NAME = "c4_quality_v1";

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
            new SignalColumn("line_count", Type.LONG, "non-blank lines"),
            new SignalColumn("terminal_punct_line_frac", Type.DOUBLE, "share of non-blank lines ending in terminal punctuation"),
            new SignalColumn("has_lorem_ipsum", Type.BOOLEAN, "the text contains 'lorem ipsum'"),
            new SignalColumn("has_curly_bracket", Type.BOOLEAN, "the text contains '{'"),
            new SignalColumn("javascript_line_count", Type.LONG, "lines containing 'javascript'"),
            new SignalColumn("policy_line_count", Type.LONG, "lines with a terms-of-use, privacy or cookie phrase"));

    private final Spec spec;
    private final List<String> policyMarkers;

    public C4Quality(Spec spec) {
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        this.policyMarkers = Lexicons.markers("policy-markers.tsv");
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
        long terminal = 0;
        long javascript = 0;
        long policy = 0;
        for (String line : lines) {
            if (endsWithTerminal(line, false)) {
                terminal++;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("javascript")) {
                javascript++;
            }
            if (Lexicons.containsAny(lower, policyMarkers)) {
                policy++;
            }
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        return new Object[] {
            (long) lines.size(),
            Texts.ratio(terminal, lines.size()),
            lowerText.contains("lorem ipsum"),
            text.indexOf('{') >= 0,
            javascript,
            policy,
        };
    }

    /**
     * Whether a stripped line ends in terminal punctuation, looking through trailing closing brackets
     * ("（完）" is not terminal, "他说：“好。”" is). {@code fineweb} selects FineWeb's set (which has no
     * ellipsis) instead of C4's.
     */
    static boolean endsWithTerminal(String line, boolean fineweb) {
        int i = line.length();
        while (i > 0) {
            int cp = line.codePointBefore(i);
            if (cp == ')' || cp == '）' || cp == ']' || cp == '】' || cp == '》' || cp == '〉') {
                i -= Character.charCount(cp);
                continue;
            }
            return switch (cp) {
                case '.', '!', '?', '"', '\'', '”', '’', '。', '！', '？', '」', '』', '｡', '．' -> true;
                case '…', '⋯' -> !fineweb;
                default -> false;
            };
        }
        return false;
    }
}
