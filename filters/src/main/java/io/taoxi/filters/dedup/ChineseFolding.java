package io.taoxi.filters.dedup;

import com.ibm.icu.text.Transliterator;

/**
 * Operator helper: Traditional → Simplified folding of single Han characters, as a table built once from
 * ICU4J's {@code Traditional-Simplified} transliterator.
 *
 * <p>Why a table and not the transliterator per call: a {@link Transliterator} is not thread-safe (one per
 * thread would be needed on every executor thread) and transliterating a page runs at a few MB/s, which
 * would dominate MinHash. ICU's rules for this transform are per character apart from a few hundred
 * multi-character phrases, so the table asks the transliterator about every Han code point of the BMP
 * (U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF) once, under a lock, and keeps the one-to-one answers.
 * Immutable afterwards, so any thread may read it.
 *
 * <p>Examples: 門→门, 體→体, 這個軟體→这个软体 (a word-level converter would give 软件: folding is by
 * character, which is what shingling needs, since both copies fold the same way). Known weakness:
 * characters whose simplification depends on the word (乾/干, 後/后 in ICU's phrase rules) fold by ICU's
 * single-character answer; kanji in Japanese text fold too, harmless because both sides of a comparison
 * fold alike; Han outside the BMP (Extension B and later) is not folded.
 */
public final class ChineseFolding {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0xFAFF;
    private static volatile char[] table;

    private ChineseFolding() {
    }

    /** The Simplified form of {@code cp}, or {@code cp} itself. */
    public static int fold(int cp) {
        if (cp < FIRST || cp > LAST) {
            return cp;
        }
        char[] t = table;
        if (t == null) {
            t = build();
        }
        return t[cp - FIRST];
    }

    /** Folds every character of {@code s}; returns {@code s} itself when nothing changes. */
    public static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int f = fold(c);
            if (f != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append((char) f);
            }
        }
        return b == null ? s : b.toString();
    }

    private static synchronized char[] build() {
        if (table != null) {
            return table;
        }
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        char[] t = new char[LAST - FIRST + 1];
        for (int cp = FIRST; cp <= LAST; cp++) {
            t[cp - FIRST] = (char) cp;
            if (Character.getType(cp) != Character.OTHER_LETTER) {
                continue;
            }
            String out = t2s.transliterate(String.valueOf((char) cp));
            if (out.length() == 1 && out.charAt(0) != cp) {
                t[cp - FIRST] = out.charAt(0);
            }
        }
        table = t;
        return t;
    }
}
