package io.taoxi.jobs.ingest.doc;

import java.util.regex.Pattern;

/**
 * Operator: the text of a document in the schema's shape. Pure.
 *
 * <p>{@link #paragraphs} (Tika output): PDF soft breaks joined, lines stripped, empty lines removed, one
 * paragraph per line.
 * {@link #plain} (text files): line ends unified, trailing blanks stripped, runs of empty lines collapsed
 * to one, so hard-wrapped prose and Markdown keep their shape. Both drop NUL and other C0/C1 controls
 * except tab and newline.
 *
 * <pre>
 *   paragraphs("\n  标题\n\n正文第一段。  \n\n\n正文第二段。\n") → "标题\n正文第一段。\n正文第二段。"
 *   plain("# Title\r\n\r\n\r\n\r\nBody  \r\n")                   → "# Title\n\nBody"
 * </pre>
 */
public final class DocText {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u3000]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    /**
     * A line break inside a PDF paragraph, where PDFBox broke a line because the page did. PDFBox often
     * puts a whole page in one paragraph, so {@link #paragraphs} decides per break: after a line that is
     * short (under 85% of the block's longest line) or ends a sentence (。！？.!?:：;；」』”) it is a paragraph
     * end; otherwise the lines are joined, with nothing between CJK characters ("每个阶段⏎都把" →
     * "每个阶段都把") or after a hyphen inside a word, else with a space.
     */
    public static final char SOFT_BREAK = '\u2028';
    private static final String SENTENCE_END = "。！？.!?:：;；」』”\"";

    private DocText() {
    }

    /** Resolves {@link #SOFT_BREAK}s into joins or newlines. */
    static String joinSoftBreaks(String s) {
        if (s.indexOf(SOFT_BREAK) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        String[] blocks = s.split("\n", -1);
        for (int k = 0; k < blocks.length; k++) {
            if (k > 0) {
                out.append('\n');
            }
            String[] lines = blocks[k].split(String.valueOf(SOFT_BREAK), -1);
            int longest = 0;
            for (String line : lines) {
                longest = Math.max(longest, line.strip().codePointCount(0, line.strip().length()));
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (b.length() == 0 || b.charAt(b.length() - 1) == '\n') {
                    b.append(line);
                } else {
                    char before = b.charAt(b.length() - 1);
                    char after = line.charAt(0);
                    if (isCjk(before) || isCjk(after)) {
                        b.append(line);
                    } else if (before == '-' && b.length() > 1 && Character.isLetter(b.charAt(b.length() - 2))
                            && Character.isLowerCase(after)) {
                        b.setLength(b.length() - 1);
                        b.append(line);
                    } else {
                        b.append(' ').append(line);
                    }
                }
                int length = line.codePointCount(0, line.length());
                boolean ends = SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
                if (i < lines.length - 1 && (ends || length < 0.85 * longest)) {
                    b.append('\n');
                }
            }
            out.append(b);
        }
        return out.toString();
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    public static String paragraphs(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (String line : LINE_END.matcher(joinSoftBreaks(raw)).replaceAll("\n").split("\n")) {
            String s = CONTROLS.matcher(line).replaceAll("").strip();
            if (!s.isEmpty()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(s);
            }
        }
        return b.toString();
    }

    public static String plain(String raw) {
        String s = LINE_END.matcher(raw).replaceAll("\n");
        s = CONTROLS.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        s = BLANK_RUNS.matcher(s).replaceAll("\n\n");
        return s.strip();
    }

    /**
     * Share of characters that show a failed decode: U+FFFD and C0/C1 controls other than tab, newline,
     * carriage return and form feed, over all characters (0 for empty text).
     */
    public static double undecodableShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || (c >= 0x7F && c <= 0x9F)) {
                bad++;
            }
        }
        return bad / (double) text.length();
    }

    /** The first ATX heading of a Markdown text ({@code # Title}), or null. */
    public static String markdownTitle(String text) {
        for (String line : text.split("\n", 200)) {
            String s = line.strip();
            if (s.startsWith("#")) {
                String t = s.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#+\\s*$", "").strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return null;
    }
}
