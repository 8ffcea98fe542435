package io.taoxi.tokenizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code java.util.regex} classes for Oniguruma's {@code \p{L}}, {@code \p{N}}, {@code \p{P}} … (general
 * categories) as Hugging Face's Oniguruma sees them: Unicode {@value CodePointClass#MAX_UNICODE_MAJOR}
 * categories from ICU4J, not the JVM's Unicode 13 tables (an operator: pure; results are cached).
 *
 * <p>The class is Java's own {@code \p{X}} plus the code points Java lacks, minus those Java has but Unicode
 * {@value CodePointClass#MAX_UNICODE_MAJOR} does not: {@code [\p{L}\x{13460}-\x{143FA}…&&[^…]]}. Written as a
 * nested class, so it works inside a bracket expression ({@code [^\r\n\p{L}\p{P}]}) and outside. The
 * differences are short range lists (letters of Unicode 14–16 scripts, a few recategorised characters), so
 * matching stays as fast as Java's own property.
 */
final class GeneralCategoryClass {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, int[]> TYPES = Map.ofEntries(
            Map.entry("L", new int[] {Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER}),
            Map.entry("LU", new int[] {Character.UPPERCASE_LETTER}),
            Map.entry("LL", new int[] {Character.LOWERCASE_LETTER}),
            Map.entry("LT", new int[] {Character.TITLECASE_LETTER}),
            Map.entry("LM", new int[] {Character.MODIFIER_LETTER}),
            Map.entry("LO", new int[] {Character.OTHER_LETTER}),
            Map.entry("M", new int[] {Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK}),
            Map.entry("MN", new int[] {Character.NON_SPACING_MARK}),
            Map.entry("MC", new int[] {Character.COMBINING_SPACING_MARK}),
            Map.entry("ME", new int[] {Character.ENCLOSING_MARK}),
            Map.entry("N", new int[] {Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER}),
            Map.entry("ND", new int[] {Character.DECIMAL_DIGIT_NUMBER}),
            Map.entry("NL", new int[] {Character.LETTER_NUMBER}),
            Map.entry("NO", new int[] {Character.OTHER_NUMBER}),
            Map.entry("P", new int[] {Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION}),
            Map.entry("S", new int[] {Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL}),
            Map.entry("Z", new int[] {Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR}));

    private GeneralCategoryClass() {}

    /** Whether {@code name} ({@code L}, {@code Lu}, {@code N}, {@code P} …) is a general category this class knows. */
    static boolean known(String name) {
        return TYPES.containsKey(name.toUpperCase(Locale.ROOT));
    }

    /** The nested {@code java.util.regex} class for general category {@code name} ({@link #known} must hold). */
    static String of(String name) {
        return CACHE.computeIfAbsent(name.toUpperCase(Locale.ROOT), GeneralCategoryClass::build);
    }

    private static boolean in(int[] types, int type) {
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    /** ICU's category numbering (UCharacterEnums.ECharacterCategory) differs from java.lang.Character's after Cf. */
    static int javaType(int icuType) {
        switch (icuType) {
            case UCharacterEnums.ECharacterCategory.PRIVATE_USE: return Character.PRIVATE_USE;
            case UCharacterEnums.ECharacterCategory.SURROGATE: return Character.SURROGATE;
            case UCharacterEnums.ECharacterCategory.DASH_PUNCTUATION: return Character.DASH_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.START_PUNCTUATION: return Character.START_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.END_PUNCTUATION: return Character.END_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.CONNECTOR_PUNCTUATION: return Character.CONNECTOR_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.OTHER_PUNCTUATION: return Character.OTHER_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.MATH_SYMBOL: return Character.MATH_SYMBOL;
            case UCharacterEnums.ECharacterCategory.CURRENCY_SYMBOL: return Character.CURRENCY_SYMBOL;
            case UCharacterEnums.ECharacterCategory.MODIFIER_SYMBOL: return Character.MODIFIER_SYMBOL;
            case UCharacterEnums.ECharacterCategory.OTHER_SYMBOL: return Character.OTHER_SYMBOL;
            case UCharacterEnums.ECharacterCategory.INITIAL_PUNCTUATION: return Character.INITIAL_QUOTE_PUNCTUATION;
            case UCharacterEnums.ECharacterCategory.FINAL_PUNCTUATION: return Character.FINAL_QUOTE_PUNCTUATION;
            default: return icuType; // Cn, L*, M*, N*, Z*, Cc, Cf: the same numbers
        }
    }

    private static String build(String key) {
        int[] types = TYPES.get(key);
        String javaName = key.length() == 1 ? key : key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT);
        StringBuilder add = new StringBuilder();
        StringBuilder remove = new StringBuilder();
        int addStart = -1;
        int removeStart = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            boolean java = cp <= Character.MAX_CODE_POINT && in(types, Character.getType(cp));
            boolean onig = cp <= Character.MAX_CODE_POINT && UCharacter.getAge(cp).getMajor() <= CodePointClass.MAX_UNICODE_MAJOR
                    && in(types, javaType(UCharacter.getType(cp)));
            boolean a = onig && !java;
            boolean r = java && !onig;
            if (a && addStart < 0) {
                addStart = cp;
            } else if (!a && addStart >= 0) {
                range(add, addStart, cp - 1);
                addStart = -1;
            }
            if (r && removeStart < 0) {
                removeStart = cp;
            } else if (!r && removeStart >= 0) {
                range(remove, removeStart, cp - 1);
                removeStart = -1;
            }
        }
        return "[\\p{" + javaName + "}" + add + (remove.length() == 0 ? "" : "&&[^" + remove + "]") + "]";
    }

    private static void range(StringBuilder b, int from, int to) {
        b.append("\\x{").append(Integer.toHexString(from)).append('}');
        if (to > from) {
            b.append("-\\x{").append(Integer.toHexString(to)).append('}');
        }
    }
}
