package io.taoxi.filters.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Operator (a pure transform, {@value #NAME}): the stored form of a text and the <em>matching keys</em> that
 * quality rules and dedup compare. The stored text is only ever NFC; every other folding happens in a key.
 *
 * <table>
 *   <caption>input → output</caption>
 *   <tr><th>method</th><th>input</th><th>output</th></tr>
 *   <tr><td>{@link #storedText}</td><td>{@code e + U+0301}</td><td>{@code é} (one code point)</td></tr>
 *   <tr><td>{@link #matchKey}</td><td>{@code "ＡＢＣ　１２３"}</td><td>{@code "abc 123"}</td></tr>
 *   <tr><td>{@link #matchKey}</td><td>{@code "零\u200B宽\t\t空格"}</td><td>{@code "零宽 空格"}</td></tr>
 *   <tr><td>{@link #matchKey}</td><td>{@code "ﾊﾟﾝ"} (half-width katakana)</td><td>{@code "パン"}</td></tr>
 *   <tr><td>{@link #simplifiedKey}</td><td>{@code "臺灣的資料庫"}</td><td>{@code "台湾的资料库"}</td></tr>
 * </table>
 *
 * <p>What each key does, in order:
 * <ol>
 *   <li>unpaired surrogates become U+FFFD (they cannot be written as UTF-8);</li>
 *   <li>NFKC with Unicode case folding ({@code NFKC_Casefold}): full-width ASCII and the ideographic space become
 *       half-width, half-width katakana become full-width, compatibility ligatures split, and <em>every</em> cased
 *       script is folded (Latin, Greek, Cyrillic, …), not only Latin; default-ignorable code points (zero-width
 *       space/joiners, soft hyphen, BOM, variation selectors) are removed;</li>
 *   <li>remaining control ({@code Cc}) and format ({@code Cf}) characters are removed;</li>
 *   <li>whitespace runs collapse to one space ({@link #matchKey}) or, in {@link #matchKeyLines}, to one space
 *       within a line and one {@code \n} between non-blank lines; both are trimmed.</li>
 * </ol>
 *
 * <p>{@link #simplifiedKey} adds Traditional → Simplified folding for dedup only. It maps one code point at a
 * time through a table built once from ICU4J's {@code Traditional-Simplified} transliterator over the CJK
 * Unified Ideographs blocks (BMP and extension A); this equals the transliterator's output (its rules are
 * single-character) and runs about an order of magnitude faster than calling it, which also avoids sharing an
 * ICU {@code Transliterator} between threads (instances are not documented as thread-safe). All methods are
 * static, pure and thread-safe.
 *
 * <p>Known weaknesses: removing ZWJ/ZWNJ changes the spelling of Persian and some Indic words in the key (fine for
 * matching, wrong for display — hence never in stored text); case folding maps German {@code ß} to {@code ss}
 * and Turkish dotted/dotless i without locale; Traditional → Simplified is one-to-one and cannot pick between
 * several simplified readings (rare in that direction).
 */
public final class TextNormalizer {
    /** Versioned operator name; bump when any key can change. */
    public static final String NAME = "normalize_v1";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextNormalizer() {
    }

    /** The stored form: NFC, unpaired surrogates replaced with U+FFFD; nothing else changes. */
    public static String storedText(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return NFC.normalize(replaceUnpairedSurrogates(text));
    }

    /** Matching key on one line: folded, control/zero-width removed, all whitespace runs → one space, trimmed. */
    public static String matchKey(String text) {
        return collapse(fold(text), false);
    }

    /** Matching key that keeps line structure: one space inside lines, one {@code \n} between non-blank lines. */
    public static String matchKeyLines(String text) {
        return collapse(fold(text), true);
    }

    /** {@link #matchKey} followed by Traditional → Simplified folding (dedup key only, never stored). */
    public static String simplifiedKey(String text) {
        return TraditionalSimplified.toSimplified(matchKey(text));
    }

    /** Traditional → Simplified on a text as it is (no other folding), with the table described above. */
    public static String toSimplified(String text) {
        return TraditionalSimplified.toSimplified(text == null ? "" : text);
    }

    static String replaceUnpairedSurrogates(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                bad = true;
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return NFKC_CASEFOLD.normalize(replaceUnpairedSurrogates(text));
    }

    private static String collapse(String folded, boolean keepLines) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        boolean pendingNewline = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                if (keepLines) {
                    pendingNewline = true;
                } else {
                    pendingSpace = true;
                }
                continue;
            }
            if (UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)) {
                pendingSpace = true;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT
                    || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                continue;
            }
            if (out.length() > 0) {
                if (pendingNewline) {
                    out.append('\n');
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingSpace = false;
            pendingNewline = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Immutable Traditional → Simplified table, built once from ICU's transliterator. */
    static final class TraditionalSimplified {
        private static final int BMP_FIRST = 0x3400;
        private static final int BMP_LAST = 0x9FFF;
        private static final int[] TO_SIMPLIFIED = build();

        private TraditionalSimplified() {
        }

        private static int[] build() {
            Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
            int[] table = new int[BMP_LAST - BMP_FIRST + 1];
            for (int cp = BMP_FIRST; cp <= BMP_LAST; cp++) {
                String out = t2s.transliterate(String.valueOf((char) cp));
                table[cp - BMP_FIRST] = out.codePointCount(0, out.length()) == 1 ? out.codePointAt(0) : cp;
            }
            return table;
        }

        static String toSimplified(String text) {
            int n = text.length();
            int i = 0;
            while (i < n && !changes(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                return text;
            }
            StringBuilder out = new StringBuilder(n + 8).append(text, 0, i);
            for (; i < n; i++) {
                char c = text.charAt(i);
                if (c >= BMP_FIRST && c <= BMP_LAST) {
                    out.appendCodePoint(TO_SIMPLIFIED[c - BMP_FIRST]);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** True when ICU maps {@code c} to a different simplified character. */
        static boolean changes(char c) {
            return c >= BMP_FIRST && c <= BMP_LAST && TO_SIMPLIFIED[c - BMP_FIRST] != c;
        }
    }
}
