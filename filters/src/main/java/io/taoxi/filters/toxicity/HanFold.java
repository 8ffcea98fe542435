package io.taoxi.filters.toxicity;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Operator helper: folds one code point the way lexicon terms and document text are both folded before
 * matching: NFKC with case folding (full-width letters → ASCII, half-width katakana → full width, ligatures
 * split, default-ignorable characters such as zero-width spaces removed) and then Traditional → Simplified
 * Chinese, one character at a time.
 *
 * <p>Examples: {@code Ｆ} → {@code f}; {@code 傻} → {@code 傻}; {@code 幹} → {@code 干}; {@code 罵} → {@code 骂};
 * {@code \u200B} → (nothing).
 *
 * <p>Weakness: the Traditional → Simplified table is built from ICU's transliterator applied to single
 * characters, so one-to-many mappings that depend on the word (乾/幹 → 干, 髮/發 → 发) all fold to the
 * same simplified character; that only ever adds matches between variant spellings.
 */
final class HanFold {
    private static final int TABLE_START = 0x3400;
    private static final int TABLE_END = 0xA000; // CJK extension A and the unified block
    private static final char[] TABLE = buildTable();
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private HanFold() {
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_END - TABLE_START];
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        for (int cp = TABLE_START; cp < TABLE_END; cp++) {
            String in = String.valueOf((char) cp);
            String out = t2s.transliterate(in);
            table[cp - TABLE_START] = out.length() == 1 ? out.charAt(0) : (char) cp;
        }
        return table;
    }

    /** Appends the folded form of {@code codePoint} (zero or more chars) to {@code out}. */
    static void fold(int codePoint, StringBuilder out) {
        if (codePoint < 0x80) {
            out.append((char) (codePoint >= 'A' && codePoint <= 'Z' ? codePoint + 32 : codePoint));
            return;
        }
        if (codePoint >= TABLE_START && codePoint < TABLE_END) {
            out.append(TABLE[codePoint - TABLE_START]);
            return;
        }
        if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
            out.append('\uFFFD');
            return;
        }
        String normalized = NFKC_CF.normalize(new String(Character.toChars(codePoint)));
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            out.append(c >= TABLE_START && c < TABLE_END ? TABLE[c - TABLE_START] : c);
        }
    }

    /** Folds a whole string (used for lexicon terms). */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> fold(cp, out));
        return out.toString();
    }
}
