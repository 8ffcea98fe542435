package io.taoxi.tokenizer;

/**
 * The four classes the GPT-4-style pre-tokenizer pattern distinguishes, with Oniguruma's (Hugging Face's
 * regex engine) meaning of {@code \p{L}}, {@code \p{N}} and {@code \s} (an operator: pure table lookup).
 *
 * <ul>
 *   <li>{@link #LETTER}: general category L* (Lu, Ll, Lt, Lm, Lo).</li>
 *   <li>{@link #NUMBER}: general category N* (Nd, Nl, No) — e.g. {@code '٣'}, {@code 'Ⅷ'}, {@code '²'}, {@code '①'}.</li>
 *   <li>{@link #SPACE}: Oniguruma's Unicode {@code \s}, i.e. the White_Space property: U+0009–U+000D,
 *       U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. Java's
 *       {@code \s} is only {@code [ \t\n\x0B\f\r]}; U+200B (zero width space) and U+FEFF are not spaces.</li>
 *   <li>{@link #OTHER}: everything else (punctuation, symbols, emoji, marks, controls, unassigned).</li>
 * </ul>
 *
 * <p>Categories come from ICU4J (icu4j 78: Unicode 17; the JVM's own tables are Unicode 13 on Java 17 and
 * missed 9,917 letters/numbers). Hugging Face's Oniguruma (DJL 0.38) knows Unicode 16, so code points
 * assigned after {@link #MAX_UNICODE_MAJOR} count as unassigned (OTHER). {@code EveryCodePointIT} compares
 * every code point of planes 0–3 and 14 with HF and is the check to rerun when either side upgrades.
 */
public final class CodePointClass {
    public static final byte OTHER = 0;
    public static final byte LETTER = 1;
    public static final byte NUMBER = 2;
    public static final byte SPACE = 3;

    private static final byte[] BMP = new byte[0x10000];
    /** Newest Unicode major version whose characters are classified (HF's Oniguruma: 16). */
    static final int MAX_UNICODE_MAJOR = 16;

    static {
        for (int c = 0; c < 0x10000; c++) {
            BMP[c] = compute(c);
        }
    }

    private CodePointClass() {}

    /** Class of code point {@code cp}. */
    public static byte of(int cp) {
        if (cp < 0x10000) {
            return BMP[cp];
        }
        return compute(cp);
    }

    private static byte compute(int cp) {
        if (com.ibm.icu.lang.UCharacter.getAge(cp).getMajor() > MAX_UNICODE_MAJOR) {
            return OTHER;
        }
        if (isSpace(cp)) {
            return SPACE;
        }
        switch (com.ibm.icu.lang.UCharacter.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
                return LETTER;
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return NUMBER;
            default:
                return OTHER;
        }
    }

    /** Oniguruma's Unicode {@code \s}. */
    public static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /** The same set as a {@code java.util.regex} character-class body (no brackets). */
    static final String SPACE_CLASS_BODY =
            "\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";
}
