package io.taoxi.tokenizer.audit;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Locale;

/**
 * The writing system a character or token is counted under (a record-like enum with pure lookups).
 *
 * <p>Base scripts come from ICU's Script property: {@code 中} → HAN, {@code か}/{@code カ}/{@code ー} → KANA,
 * {@code 한} → HANGUL, {@code a} → LATIN, … ; letters of scripts not listed → OTHER; digits, punctuation,
 * spaces and combining marks → COMMON (they are attributed to the script around them, see
 * {@link ScriptRuns}). HAN rows are labelled per language ({@link #label(Script, String)}): Han-simplified
 * (zh, zh-Hans, zh-CN, zh-SG), Han-traditional (zh-Hant, zh-TW, zh-HK, zh-MO, yue), Han-kanji (ja), Han
 * (other); text whose language is {@code code} or {@code code-*} is all CODE.
 */
public enum Script {
    HAN("Han"), KANA("kana"), HANGUL("Hangul"), LATIN("Latin"), CYRILLIC("Cyrillic"), GREEK("Greek"),
    ARABIC("Arabic"), HEBREW("Hebrew"), DEVANAGARI("Devanagari"), THAI("Thai"), OTHER("other"),
    COMMON("common"), CODE("code");

    private final String label;

    Script(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The base script of a code point. */
    public static Script of(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? LATIN : COMMON;
        }
        if (cp == 0x30FC || cp == 0xFF70 || cp == 0x309B || cp == 0x309C) { // prolonged sound mark, (han)dakuten
            return KANA;
        }
        int s = UScript.getScript(cp);
        switch (s) {
            case UScript.HAN: return HAN;
            case UScript.HIRAGANA: case UScript.KATAKANA: case UScript.KATAKANA_OR_HIRAGANA: return KANA;
            case UScript.HANGUL: return HANGUL;
            case UScript.LATIN: return LATIN;
            case UScript.CYRILLIC: return CYRILLIC;
            case UScript.GREEK: return GREEK;
            case UScript.ARABIC: return ARABIC;
            case UScript.HEBREW: return HEBREW;
            case UScript.DEVANAGARI: return DEVANAGARI;
            case UScript.THAI: return THAI;
            case UScript.COMMON: case UScript.INHERITED: case UScript.UNKNOWN: return COMMON;
            default: return UCharacter.isLetter(cp) ? OTHER : COMMON;
        }
    }

    /** Whether the language label is source code ({@code code}, {@code code-python}, …). */
    public static boolean isCode(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return l.equals("code") || l.startsWith("code-") || l.startsWith("code_");
    }

    /** Whether the language label names Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO, yue). */
    public static boolean isTraditionalChinese(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return l.equals("zh-hant") || l.startsWith("zh-hant-") || l.equals("zh-tw") || l.equals("zh-hk")
                || l.equals("zh-mo") || l.equals("yue") || l.startsWith("yue-");
    }

    /** Whether the language label names Simplified (or unspecified) Chinese. */
    public static boolean isSimplifiedChinese(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return !isTraditionalChinese(lang) && (l.equals("zh") || l.startsWith("zh-") || l.equals("cmn") || l.equals("zho"));
    }

    /** The row label of a script in text of a language: HAN is split by language (see class doc). */
    public static String label(Script s, String lang) {
        if (s != HAN) {
            return s.label;
        }
        if (isTraditionalChinese(lang)) {
            return "Han-traditional";
        }
        if (isSimplifiedChinese(lang)) {
            return "Han-simplified";
        }
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        return l.equals("ja") || l.startsWith("ja-") ? "Han-kanji" : "Han";
    }
}
