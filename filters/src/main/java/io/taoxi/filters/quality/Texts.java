package io.taoxi.filters.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Infrastructure for the quality operators: the character-level views every signal is computed on. All
 * lengths are Unicode code points ("chars" in column names), never UTF-16 units, so one Han character or one
 * emoji counts as one char.
 */
final class Texts {
    private Texts() {
    }

    /**
     * The text the signals are computed on: at most {@code maxChars} UTF-16 units (cut on a code point
     * boundary, so work is bounded for any input size), unpaired surrogates replaced by U+FFFD, {@code \r\n}
     * and lone {@code \r} turned into {@code \n}.
     */
    static String prepare(String text, int maxChars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int end = Math.min(text.length(), maxChars);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        StringBuilder sb = null;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            char replacement = 0;
            boolean skip = false;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                replacement = '\uFFFD';
            } else if (c == '\r') {
                if (i + 1 < end && text.charAt(i + 1) == '\n') {
                    skip = true;
                } else {
                    replacement = '\n';
                }
            }
            if (replacement != 0 || skip) {
                if (sb == null) {
                    sb = new StringBuilder(end);
                    sb.append(text, 0, i);
                }
                if (!skip) {
                    sb.append(replacement);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        if (sb != null) {
            return sb.toString();
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    /** Non-blank lines, stripped of surrounding whitespace (Java's {@link String#strip()}). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** Paragraphs: runs of non-blank lines separated by at least one blank line; each joined with '\n'. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code points that are not whitespace. */
    static long nonSpaceChars(String s) {
        long count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isKana(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || cp == 0x30FC; // prolonged sound mark (script COMMON)
    }

    static boolean isHangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }

    /** Han, kana or Hangul: the characters that carry no spaces between words. */
    static boolean isCjk(int cp) {
        return isHan(cp) || isKana(cp) || isHangul(cp);
    }

    /** Last code point of a non-empty string. */
    static int lastCodePoint(String s) {
        return s.codePointBefore(s.length());
    }

    static Double ratio(double numerator, double denominator) {
        return denominator <= 0 ? null : numerator / denominator;
    }
}
