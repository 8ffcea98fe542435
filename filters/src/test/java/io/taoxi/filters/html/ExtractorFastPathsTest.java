package io.taoxi.filters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor's hand-written fast paths (done for speed) against the plain definitions they replace:
 * any difference would change extraction output.
 */
class ExtractorFastPathsTest {

    /** The split the class/id tokenizer used to do with a regex. */
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private static List<String> regexTokens(String signal) {
        List<String> tokens = new ArrayList<>();
        for (String raw : TOKEN_SPLIT.split(signal)) {
            if (!raw.isEmpty()) {
                tokens.add(raw);
            }
        }
        return tokens;
    }

    @Test
    void signalTokensSplitLikeTheRegex() {
        String[] examples = {"", "   ", "shareBar", "post_subject se-title-text", "img_desc", "CopyrightRichText-richText",
            "ABCdefGHI", "aB", "Ab", "a1B2c", "评论区 comment-list", "コメント欄", "x²y³", "ǅungla", "ⅫroadⅣ",
            "footer  nav--main__item", "MixedCASEWordsHere", "ÉcoleNationale", "  leading trailing  ", "a-", "-a",
            "𝐀bc", "ab𝐀", "a\uD800b", "日本語テキストAbc"};
        for (String example : examples) {
            assertEquals(regexTokens(example), MainTextExtractor.DomCleaner.signalTokens(example), example);
        }
        // Random strings over an alphabet of case, digits, separators, CJK, titlecase, letter-numbers.
        char[] alphabet = "aZbYcX09_- .:/评論ひカ한ǅⅫ²ÉéßİµΣσЖж\u00A0\u3000".toCharArray();
        Random random = new Random(20261130);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertEquals(regexTokens(s), MainTextExtractor.DomCleaner.signalTokens(s), s);
        }
    }

    @Test
    void everyFollowWordHasOneOfTheCharactersThePrecheckLooksFor() throws Exception {
        java.lang.reflect.Field words = MainTextExtractor.DomCleaner.class.getDeclaredField("FOLLOW_WORDS");
        java.lang.reflect.Field chars = MainTextExtractor.DomCleaner.class.getDeclaredField("FOLLOW_CHARS");
        words.setAccessible(true);
        chars.setAccessible(true);
        String precheck = (String) chars.get(null);
        for (Object word : (java.util.Set<?>) words.get(null)) {
            assertEquals(true, ((String) word).chars().anyMatch(c -> precheck.indexOf(c) >= 0), (String) word);
        }
    }

    @Test
    void isCjkAgreesWithUnicodeScriptsEverywhere() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean expected = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
            if (expected != MainTextExtractor.isCjk(cp)) {
                assertEquals(expected, MainTextExtractor.isCjk(cp), "U+" + Integer.toHexString(cp));
            }
        }
    }

    /** The whitespace collapsing as first written: one code point at a time, no ASCII shortcut. */
    private static String referenceCollapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x00A0 || cp == 0x3000) {
                space = out.length() > 0;
                continue;
            }
            if (cp == 0xFEFF || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED && cp >= 0xFFFE) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static int referenceNonSpaceCount(String s) {
        return (int) s.codePoints()
                .filter(cp -> !(Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x00A0 || cp == 0x3000))
                .count();
    }

    @Test
    void everyCodePointIsSpaceOrNotAsDefined() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x00A0 || cp == 0x3000;
            int count = MainTextExtractor.nonSpaceCount(new String(Character.toChars(cp)));
            if (count != (space ? 0 : 1)) {
                assertEquals(space ? 0 : 1, count, "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void caseFoldingShortcutAgreesWithTheFullFolding() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char expected = c < 0x80 ? Character.toLowerCase(c) : Character.toLowerCase(Character.toUpperCase(c));
            if (BoilerplateRules.foldChar(c) != expected) {
                assertEquals(expected, BoilerplateRules.foldChar(c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void collapseAndNonSpaceCountMatchTheirDefinitions() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x3100; c++) {
            all.append((char) c);
        }
        String everyChar = all.toString();
        assertEquals(referenceCollapse(everyChar), MainTextExtractor.collapse(everyChar));
        assertEquals(referenceNonSpaceCount(everyChar), MainTextExtractor.nonSpaceCount(everyChar));
        char[] alphabet = "ab Z9\t\n\r\u000B\u001C\u001F\u007F\u0000\u0085\u00A0\u2003\u3000\u200B\uFEFF中。\uD83D\uDE00\uD800"
                .toCharArray();
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            assertEquals(referenceCollapse(s), MainTextExtractor.collapse(s));
            assertEquals(referenceNonSpaceCount(s), MainTextExtractor.nonSpaceCount(s));
        }
    }
}
