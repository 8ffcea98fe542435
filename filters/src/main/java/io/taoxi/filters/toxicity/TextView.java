package io.taoxi.filters.toxicity;

/**
 * Operator helper: the matching view of a text. The text is folded per code point ({@link HanFold}) into
 * {@code folded}, and every folded char remembers the original span it came from. The <em>skeleton</em>
 * keeps only letters, digits and marks of the folded text; the separators dropped between two kept chars
 * (spaces, punctuation, symbols) are the "gap" before a skeleton char. A line break, or a gap longer than
 * {@code maxGapChars}, becomes {@link #BREAK}, which no term contains, so matches never cross lines.
 *
 * <p>Example: {@code "Ｆ.U.C.K 沙 * 雕"} → folded {@code "f.u.c.k 沙 * 雕"} → skeleton {@code "fuck沙雕"} with
 * symbol gaps inside {@code fuck}, a whitespace gap before {@code 沙} and {@code 雕}.
 */
final class TextView {
    static final char BREAK = '\u0000';

    final String original;
    final String folded;
    /** Original start (inclusive) and end (exclusive) of each folded char. */
    final int[] foldedStart;
    final int[] foldedEnd;
    final char[] skeleton;
    /** Folded index of each skeleton char. */
    final int[] skeletonToFolded;
    /** Whether the gap before each skeleton char was non-empty, and whether it held whitespace. */
    final boolean[] gapBefore;
    final boolean[] whitespaceGapBefore;
    final int skeletonLength;

    TextView(String text, int maxGapChars) {
        this.original = text;
        StringBuilder f = new StringBuilder(text.length());
        int[] fs = new int[text.length() + 16];
        int[] fe = new int[text.length() + 16];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = f.length();
            HanFold.fold(cp, f);
            int after = f.length();
            if (after == before + 1 && before > 0 && isKanaSoundMark(f.charAt(before))) {
                // Half-width ﾊﾞ folds per code point to ハ + U+3099: compose them back into バ.
                int composed = NFC.composePair(f.charAt(before - 1), f.charAt(before));
                if (composed >= 0 && composed <= 0xFFFF) {
                    f.setLength(before);
                    f.setCharAt(before - 1, (char) composed);
                    fe[before - 1] = next;
                    i = next;
                    continue;
                }
            }
            if (after > fs.length) {
                int size = Math.max(after, fs.length * 2);
                fs = java.util.Arrays.copyOf(fs, size);
                fe = java.util.Arrays.copyOf(fe, size);
            }
            for (int k = before; k < after; k++) {
                fs[k] = i;
                fe[k] = next;
            }
            i = next;
        }
        this.folded = f.toString();
        this.foldedStart = fs;
        this.foldedEnd = fe;

        int n = folded.length();
        char[] sk = new char[n + 1];
        int[] skf = new int[n + 1];
        boolean[] gap = new boolean[n + 1];
        boolean[] wsGap = new boolean[n + 1];
        int len = 0;
        int gapChars = 0;
        boolean gapWs = false;
        boolean pendingBreak = false;
        for (int k = 0; k < n; k++) {
            char c = folded.charAt(k);
            if (c == '\n' || c == '\r') {
                pendingBreak = true;
                gapChars = 0;
                gapWs = false;
                continue;
            }
            if (isKept(c)) {
                if (pendingBreak || gapChars > maxGapChars) {
                    if (len > 0 && sk[len - 1] != BREAK) {
                        sk = grow(sk, len);
                        skf = growInt(skf, len);
                        gap = growBool(gap, len);
                        wsGap = growBool(wsGap, len);
                        sk[len] = BREAK;
                        skf[len] = k;
                        len++;
                    }
                    gapChars = 0;
                    gapWs = false;
                }
                pendingBreak = false;
                sk = grow(sk, len);
                skf = growInt(skf, len);
                gap = growBool(gap, len);
                wsGap = growBool(wsGap, len);
                sk[len] = c;
                skf[len] = k;
                gap[len] = gapChars > 0;
                wsGap[len] = gapWs;
                len++;
                gapChars = 0;
                gapWs = false;
            } else {
                gapChars++;
                gapWs |= Character.isWhitespace(c) || Character.isSpaceChar(c);
            }
        }
        this.skeleton = sk;
        this.skeletonToFolded = skf;
        this.gapBefore = gap;
        this.whitespaceGapBefore = wsGap;
        this.skeletonLength = len;
    }

    private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();

    private static boolean isKanaSoundMark(char c) {
        return c == '\u3099' || c == '\u309A';
    }

    static boolean isKept(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Original start of skeleton char {@code s}. */
    int originalStart(int s) {
        return foldedStart[skeletonToFolded[s]];
    }

    /** Original end (exclusive) of skeleton char {@code s}. */
    int originalEnd(int s) {
        return foldedEnd[skeletonToFolded[s]];
    }

    private static char[] grow(char[] a, int len) {
        return len < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 1);
    }

    private static int[] growInt(int[] a, int len) {
        return len < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 1);
    }

    private static boolean[] growBool(boolean[] a, int len) {
        return len < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2 + 1);
    }
}
