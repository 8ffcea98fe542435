package io.taoxi.filters.dedup;

import java.io.Serializable;
import java.text.Normalizer;

/**
 * Operator: a document → its shingles as 64-bit hashes. Pure; one instance may be shared by threads.
 *
 * <p><b>Text</b> ({@link Mode#TEXT}): NFKC (full-width ASCII → half-width, half-width katakana →
 * full-width, compatibility ideographs → unified), Traditional → Simplified folding
 * ({@link ChineseFolding}), lower case. The text is then cut into <em>units</em>: every Han, kana,
 * Hangul (and Thai, Lao, Khmer, Myanmar, which have no spaces either) character is one unit; every run of
 * other letters and digits is one word unit; punctuation, symbols and white space only separate units.
 * A document whose units are mostly characters is shingled with {@code shingleChars}-grams of units,
 * otherwise with {@code shingleWords}-grams: 5-character shingles for Chinese, Japanese and Korean,
 * 5-word shingles for English, mixed text handled by the same window.
 *
 * <pre>
 *   "門戶網站，每天更新。"   units 门 户 网 站 每 天 更 新 → 4 shingles of 5 characters
 *   "门户网站, 每天更新."     the same 4 shingles (punctuation and script folded)
 *   "The quick brown fox jumps over" → 2 shingles of 5 words
 * </pre>
 *
 * <p><b>Code</b> ({@link Mode#CODE}): no normalisation; tokens are runs of letters, digits and
 * {@code _}, and every other non-space character on its own; {@code shingleTokens}-grams of tokens.
 *
 * <p>A text with fewer units than the window has no shingles (an empty array); callers send such
 * documents to exact matching instead of giving them a signature. Shingles are returned in text order
 * with repeats (MinHash does not care); {@link #distinct} gives the set.
 *
 * <p>Known weaknesses: Korean is shingled by syllables, not by eojeol, which makes spacing changes
 * invisible (intended) but lets very short Korean texts match on common syllable runs; a Latin word
 * glued to Han characters ("GPU加速") is one word unit followed by characters.
 */
public final class Shingler {
    /** Which tokenisation to use. */
    public enum Mode { TEXT, CODE }

    /**
     * @param shingleChars window in characters for Han/kana/Hangul text (1..32, default 5)
     * @param shingleWords window in words for space-delimited text (1..32, default 5)
     * @param shingleTokens window in tokens for code (1..64, default 5)
     */
    public record Spec(int shingleChars, int shingleWords, int shingleTokens) implements Serializable {
        public Spec {
            check("shingleChars", shingleChars, 32);
            check("shingleWords", shingleWords, 32);
            check("shingleTokens", shingleTokens, 64);
        }

        public static Spec defaults() {
            return new Spec(5, 5, 5);
        }

        private static void check(String name, int v, int max) {
            if (v < 1 || v > max) {
                throw new IllegalArgumentException(name + " must be in [1, " + max + "], got " + v);
            }
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long CHAR_SALT = 0x6a09e667f3bcc909L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long[] EMPTY = new long[0];

    private final Spec spec;

    public Shingler(Spec spec) {
        this.spec = spec;
    }

    public Spec spec() {
        return spec;
    }

    public long[] shingles(String text, Mode mode) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        return mode == Mode.CODE ? codeShingles(text) : textShingles(text);
    }

    private long[] textShingles(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        long[] units = new long[n.length()];
        int count = 0;
        int chars = 0;
        int words = 0;
        long word = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (isCharUnit(cp)) {
                if (inWord) {
                    units[count++] = Hash64.mix(word);
                    words++;
                    inWord = false;
                    word = FNV_OFFSET;
                }
                units[count++] = Hash64.mix((ChineseFolding.fold(cp) + CHAR_SALT) * GOLDEN);
                chars++;
            } else if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                word = (word ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                units[count++] = Hash64.mix(word);
                words++;
                inWord = false;
                word = FNV_OFFSET;
            }
        }
        if (inWord) {
            units[count++] = Hash64.mix(word);
            words++;
        }
        return window(units, count, chars >= words ? spec.shingleChars() : spec.shingleWords());
    }

    private long[] codeShingles(String text) {
        long[] units = new long[text.length()];
        int count = 0;
        long token = FNV_OFFSET;
        boolean inToken = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_') {
                token = (token ^ cp) * FNV_PRIME;
                inToken = true;
                continue;
            }
            if (inToken) {
                units[count++] = Hash64.mix(token);
                inToken = false;
                token = FNV_OFFSET;
            }
            if (!Character.isWhitespace(cp)) {
                units[count++] = Hash64.mix((cp + CHAR_SALT) * GOLDEN);
            }
        }
        if (inToken) {
            units[count++] = Hash64.mix(token);
        }
        return window(units, count, spec.shingleTokens());
    }

    private static long[] window(long[] units, int count, int k) {
        if (count < k) {
            return EMPTY;
        }
        long[] out = new long[count - k + 1];
        for (int i = 0; i < out.length; i++) {
            long h = k;
            for (int j = 0; j < k; j++) {
                h = (Long.rotateLeft(h, 23) ^ units[i + j]) * GOLDEN;
            }
            out[i] = Hash64.mix(h);
        }
        return out;
    }

    /** The distinct values of {@code shingles}, sorted (signed order). */
    public static long[] distinct(long[] shingles) {
        long[] s = shingles.clone();
        java.util.Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (n == 0 || s[i] != s[n - 1]) {
                s[n++] = s[i];
            }
        }
        return java.util.Arrays.copyOf(s, n);
    }

    /** Whether {@code cp} is a one-character unit (scripts written without spaces between words). */
    static boolean isCharUnit(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        if (cp == 0x30FC || cp == 0x3005) {      // ー prolonged sound mark, 々 iteration mark
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.MYANMAR;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
