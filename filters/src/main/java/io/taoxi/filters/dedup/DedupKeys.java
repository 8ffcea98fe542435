package io.taoxi.filters.dedup;

import java.text.Normalizer;

/**
 * Operator: the normalised keys of exact and paragraph dedup. Pure and thread-safe.
 *
 * <table>
 *   <caption>Examples</caption>
 *   <tr><th>input</th><th>normalised (before hashing)</th></tr>
 *   <tr><td>{@code "Hello,\n  World ！"} (exact)</td><td>{@code "hello, world !"}</td></tr>
 *   <tr><td>{@code "ＡＢＣ　１２３"} (exact)</td><td>{@code "abc 123"}</td></tr>
 *   <tr><td>{@code "更新於 2024年5月3日"} (paragraph)</td><td>{@code "更新於0000年0月0日"}</td></tr>
 *   <tr><td>{@code "© 2023 Example Inc. All rights reserved."} (paragraph)</td>
 *       <td>{@code "0000exampleincallrightsreserved"}</td></tr>
 * </table>
 *
 * <ul>
 *   <li>{@link #exactKey}: NFKC (full-width → half-width, compatibility forms), every run of white space
 *       → one space, trimmed, cased letters lower-cased (Latin, Greek, Cyrillic…; CJK has no case); then
 *       the first 128 bits of SHA-256 as hex. Traditional/Simplified is <em>not</em> folded here: the two
 *       scripts are different documents for exact dedup and meet in near-dup.</li>
 *   <li>{@link #codeKey}: exact file hash of code, line endings unified ({@code \r\n}, {@code \r} →
 *       {@code \n}) and nothing else, since white space and case carry meaning in code.</li>
 *   <li>{@link #paragraphKey}: the CCNet normalisation of a line: NFKC, lower case, every digit → 0,
 *       white space, punctuation and symbols removed; 64-bit hash. 0 means "nothing left" (the caller
 *       neither counts nor removes such paragraphs).</li>
 * </ul>
 * Known weakness: the exact key keeps punctuation, so "你好。" and "你好" are different exact keys (they
 * are the same paragraph key).
 */
public final class DedupKeys {
    private DedupKeys() {
    }

    /** The normalised text behind {@link #exactKey}. */
    public static String exactNormal(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(Character.toLowerCase(cp));
        }
        return b.toString();
    }

    public static String exactKey(String text) {
        return Hash64.sha256Hex128(exactNormal(text));
    }

    public static String codeKey(String text) {
        String t = text == null ? "" : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Hash64.sha256Hex128(t);
    }

    /** The normalised paragraph behind {@link #paragraphKey}. */
    public static String paragraphNormal(String paragraph) {
        String n = Normalizer.normalize(paragraph == null ? "" : paragraph, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                b.append('0');
            } else if (Character.isLetter(cp) || isMark(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return b.toString();
    }

    public static long paragraphKey(String paragraph) {
        String n = paragraphNormal(paragraph);
        if (n.isEmpty()) {
            return 0L;
        }
        long h = Hash64.ofString(n);
        return h == 0 ? 1 : h;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }
}
