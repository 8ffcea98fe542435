package io.taoxi.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** General-category classes as Unicode 16 has them (HF's Oniguruma), where Java 17's own tables are Unicode 13. */
class GeneralCategoryClassTest {
    static boolean matches(String onigurumaClass, int cp) {
        return Pattern.compile(RegexPreTokenizer.translate(onigurumaClass)).matcher(new String(Character.toChars(cp))).matches();
    }

    @Test
    void newerCharactersCountAndOlderOnesAreUnchanged() {
        assertFalse(Character.isLetter(0x13460), "Java 17 does not know Egyptian Hieroglyphs Extended-A (Unicode 16)");
        assertTrue(matches("\\p{L}", 0x13460));
        assertTrue(matches("\\p{L}", 0x2CEB0) && matches("\\p{L}", 'é') && matches("\\p{L}", '漢'));
        assertTrue(matches("\\p{P}", 0x2014), "em dash, Pd");
        assertTrue(matches("\\p{P}", 0x2E5D), "Unicode 14 Pd");
        assertFalse(matches("\\p{P}", '+'), "+ is Sm, not punctuation");
        assertTrue(matches("\\p{S}", '+') && matches("\\p{S}", 0x20C0), "Som sign, Unicode 14 Sc");
        assertTrue(matches("\\p{N}", 0x1E4F0), "Nag Mundari digit zero, Unicode 15");
        assertTrue(matches("\\p{Nd}", '7') && !matches("\\p{Nd}", 'Ⅷ') && matches("\\p{N}", 'Ⅷ'));
        assertFalse(matches("\\p{L}", 0xE0080), "unassigned stays out");
        assertEquals(17, com.ibm.icu.lang.UCharacter.getAge(0x323B0).getMajor());
        assertFalse(matches("\\p{L}", 0x323B0), "CJK Ext J (Unicode 17) is newer than HF's Oniguruma: not a letter there");
    }

    @Test
    void worksInsideNegatedBracketsAndComplements() {
        assertTrue(matches("[^\\r\\n\\p{L}\\p{P}]", ' '));
        assertFalse(matches("[^\\r\\n\\p{L}\\p{P}]", 0x13460));
        assertFalse(matches("[^\\r\\n\\p{L}\\p{P}]", 0x2014));
        assertTrue(matches("\\P{L}", '1') && !matches("\\P{L}", 0x13460));
        assertThrows(IllegalArgumentException.class, () -> RegexPreTokenizer.translate("[\\P{L}]"));
        assertEquals("\\p{IsHan}", RegexPreTokenizer.translate("\\p{IsHan}"), "scripts are left to java.util.regex");
    }
}
