package io.taoxi.tokenizer.audit;

/**
 * Per-code-point script attribution of a text (an operator: pure).
 *
 * <p>Each code point gets its base {@link Script}; COMMON ones (spaces, digits, punctuation, marks) take
 * the script of the nearest preceding non-common code point, or of the following one at the start of the
 * text; a text with no letters at all stays COMMON. In {@code code} text everything is CODE. Example:
 * {@code "你好, world!"} → HAN HAN HAN HAN LATIN LATIN LATIN LATIN LATIN LATIN ({@code ","} and
 * {@code " "} follow 好; {@code "!"} follows d).
 */
public final class ScriptRuns {
    private ScriptRuns() {}

    /** Attributed script per code point of {@code cps}. */
    public static Script[] attribute(int[] cps, boolean code) {
        Script[] out = new Script[cps.length];
        if (code) {
            java.util.Arrays.fill(out, Script.CODE);
            return out;
        }
        Script last = null;
        int firstPending = 0;
        for (int i = 0; i < cps.length; i++) {
            Script s = Script.of(cps[i]);
            if (s == Script.COMMON) {
                out[i] = last; // null until the first letter
                continue;
            }
            if (last == null) {
                for (int k = firstPending; k < i; k++) {
                    out[k] = s;
                }
            }
            out[i] = s;
            last = s;
        }
        if (last == null) {
            java.util.Arrays.fill(out, Script.COMMON);
        }
        return out;
    }

    /**
     * The script a string is counted under: the base script of its first non-common code point, else
     * COMMON (used for tokens and words in isolation: {@code " world"} → LATIN, {@code "，"} → COMMON).
     */
    public static Script firstScript(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Script sc = Script.of(cp);
            if (sc != Script.COMMON) {
                return sc;
            }
            i += Character.charCount(cp);
        }
        return Script.COMMON;
    }
}
