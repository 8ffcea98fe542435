package io.taoxi.tokenizer;

import static io.taoxi.tokenizer.CodePointClass.LETTER;
import static io.taoxi.tokenizer.CodePointClass.NUMBER;
import static io.taoxi.tokenizer.CodePointClass.OTHER;
import static io.taoxi.tokenizer.CodePointClass.SPACE;

/**
 * Hand-written scanner for the GPT-4-style pattern used by Qwen2/2.5/3 (digits one at a time) and
 * Llama 3 (digits up to three), giving exactly the matches Oniguruma's leftmost-first backtracking gives:
 *
 * <pre>
 * (?i:'s|'t|'re|'ve|'m|'ll|'d) | [^\r\n\p{L}\p{N}]?\p{L}+ | \p{N}{1,maxDigits} | ␠?[^\s\p{L}\p{N}]+[\r\n]*
 *   | \s*[\r\n]+ | \s+(?!\S) | \s+
 * </pre>
 *
 * At position i, with c the code point there and {@link CodePointClass} classes:
 * <ol>
 *   <li>{@code '} followed by s/t/m/d or re/ve/ll in ASCII upper or lower case (Oniguruma does not fold
 *       {@code ſ} here; checked against HF) → that contraction.</li>
 *   <li>c a letter → the letter run; c neither CR/LF nor letter nor number and the next code point a letter
 *       → c plus the following letter run (so {@code " world"}, {@code "(word"}, {@code "\tword"}).</li>
 *   <li>c a number → up to maxDigits numbers.</li>
 *   <li>c a space U+0020 followed by OTHER, or c OTHER → the OTHER run, then any CR/LF run.</li>
 *   <li>Otherwise c is whitespace; let r be the end of the whitespace run. If the run holds CR or LF, the
 *       piece ends after the last CR/LF in it (alternative 5's backtracking). Else if r is the end of
 *       input, or the run is a single code point, the piece is the whole run; otherwise the run minus its
 *       last code point (which then starts the next piece, e.g. {@code " world"}).</li>
 * </ol>
 * Every code point falls in some alternative, so pieces are contiguous and never empty.
 */
final class Gpt4StyleScanner implements PreTokenizer {
    private static final long serialVersionUID = 1L;
    private final int maxDigits;
    private final String pattern;

    Gpt4StyleScanner(int maxDigits, String pattern) {
        this.maxDigits = maxDigits;
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }

    @Override
    public void split(CharSequence text, int from, int to, PieceSink sink) {
        int i = from;
        while (i < to) {
            int e = next(text, i, to);
            sink.piece(i, e);
            i = e;
        }
    }

    private static int cp(CharSequence s, int i, int to) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = s.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    private static int len(int cp) {
        return cp >= 0x10000 ? 2 : 1;
    }

    private static int lower(char c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    private static int letters(CharSequence s, int i, int to) {
        while (i < to) {
            char c = s.charAt(i);
            if (c < 0x80) {
                // ASCII fast path
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    i++;
                    continue;
                }
                return i;
            }
            int cp = cp(s, i, to);
            if (CodePointClass.of(cp) != LETTER) {
                return i;
            }
            i += len(cp);
        }
        return i;
    }

    /** End of the piece starting at {@code i}. */
    int next(CharSequence s, int i, int to) {
        int c = cp(s, i, to);
        int cl = CodePointClass.of(c);
        int n = len(c);
        // 1. contractions
        if (c == '\'' && i + 1 < to) {
            int c1 = lower(s.charAt(i + 1));
            if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') {
                return i + 2;
            }
            if (i + 2 < to) {
                int c2 = lower(s.charAt(i + 2));
                if ((c2 == 'e' && (c1 == 'r' || c1 == 'v')) || (c1 == 'l' && c2 == 'l')) {
                    return i + 3;
                }
            }
        }
        // 2. optional non-letter/number/CRLF prefix, then letters
        if (cl == LETTER) {
            return letters(s, i + n, to);
        }
        if (cl != NUMBER && c != '\r' && c != '\n' && i + n < to) {
            int d = cp(s, i + n, to);
            if (CodePointClass.of(d) == LETTER) {
                return letters(s, i + n + len(d), to);
            }
        }
        // 3. numbers
        if (cl == NUMBER) {
            int j = i + n;
            for (int k = 1; k < maxDigits && j < to; k++) {
                int d = cp(s, j, to);
                if (CodePointClass.of(d) != NUMBER) {
                    break;
                }
                j += len(d);
            }
            return j;
        }
        // 4. optional space, OTHER run, CR/LF run
        int j = i;
        if (c == ' ' && i + 1 < to && CodePointClass.of(cp(s, i + 1, to)) == OTHER) {
            j = i + 1;
        }
        if (j > i || cl == OTHER) {
            while (j < to) {
                int d = cp(s, j, to);
                if (CodePointClass.of(d) != OTHER) {
                    break;
                }
                j += len(d);
            }
            while (j < to && (s.charAt(j) == '\r' || s.charAt(j) == '\n')) {
                j++;
            }
            return j;
        }
        // 5-7. whitespace run (all whitespace code points are in the BMP)
        int r = i;
        int lastNewline = -1;
        while (r < to) {
            char d = s.charAt(r);
            if (!CodePointClass.isSpace(d)) {
                break;
            }
            if (d == '\r' || d == '\n') {
                lastNewline = r;
            }
            r++;
        }
        if (lastNewline >= 0) {
            return lastNewline + 1;
        }
        if (r == to || r - i == 1) {
            return r;
        }
        return r - 1;
    }
}
