package io.taoxi.filters.code;

/**
 * Operator: comment and string statistics of one source file, by a small lexer driven by
 * {@link CodeLanguages.Syntax} (line comments, block comments, quoted strings with backslash escapes,
 * Python/Julia triple-quoted strings, JavaScript template literals). Pure.
 *
 * <p>A comment line is a non-blank line with comment text and no code; lines inside a triple-quoted string
 * count as comment lines where the language uses them as docstrings (Python, Julia). CJK characters are
 * Han, Hiragana, Katakana and Hangul letters; their share is taken over the non-blank characters of
 * comments and strings together.
 *
 * <pre>
 *   Python: "# 计算总和\nx = 1\n"        → 2 non-blank lines, 1 comment line, cjk share 1.0 (the # is syntax)
 *   Java:   "int a = 1; // total\n"      → 1 non-blank line, 0 comment lines (code on the line)
 *   C:      "/* 多行\n   注释 *&#47;\n"   → 2 comment lines
 * </pre>
 * Known weaknesses: no language's full grammar — regex literals in JavaScript, Rust raw strings and
 * lifetimes, Perl heredocs, Ruby {@code %q()} and nested block comments are approximated (a quote left open
 * ends at the line end, so one mistake never swallows the rest of the file).
 */
public final class CodeScanner {
    /** Versioned operator name; bump when any output can change. */
    public static final String NAME = "code_scan_v1";

    /** What the scan counted. */
    public record Stats(int nonBlankLines, int commentLines, long commentAndStringChars, long cjkChars) {
        /** Comment lines over non-blank lines (0 for an empty file). */
        public double commentLineFrac() {
            return nonBlankLines == 0 ? 0 : commentLines / (double) nonBlankLines;
        }

        /** CJK characters over the non-blank characters of comments and strings (0 when there are none). */
        public double cjkCommentFrac() {
            return commentAndStringChars == 0 ? 0 : cjkChars / (double) commentAndStringChars;
        }
    }

    private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, TRIPLE, BACKTICK }

    private CodeScanner() {
    }

    public static Stats scan(String text, CodeLanguages.Syntax syntax) {
        int nonBlank = 0;
        int commentLines = 0;
        long textChars = 0;
        long cjk = 0;
        State state = State.CODE;
        String quote = null;
        boolean lineCode = false;
        boolean lineComment = false;
        boolean lineAny = false;
        int n = text.length();
        int i = 0;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n') {
                if (lineAny) {
                    nonBlank++;
                    if (lineComment && !lineCode) {
                        commentLines++;
                    }
                }
                lineCode = false;
                lineComment = false;
                lineAny = false;
                if (state == State.LINE_COMMENT || state == State.STRING) {
                    state = State.CODE;
                }
                i++;
                continue;
            }
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c);
            if (!blank) {
                lineAny = true;
            }
            switch (state) {
                case CODE -> {
                    if (syntax.blockOpen() != null && text.startsWith(syntax.blockOpen(), i)) {
                        state = State.BLOCK_COMMENT;
                        lineComment = true;
                        i += syntax.blockOpen().length();
                        continue;
                    }
                    String line = startsWithAny(text, i, syntax.lineComments());
                    if (line != null) {
                        state = State.LINE_COMMENT;
                        lineComment = true;
                        i += line.length();
                        continue;
                    }
                    if (syntax.tripleQuotedDocstrings() && (text.startsWith("\"\"\"", i) || text.startsWith("'''", i))) {
                        quote = text.substring(i, i + 3);
                        state = State.TRIPLE;
                        lineComment = true;
                        i += 3;
                        continue;
                    }
                    if (syntax.backtickStrings() && c == '`') {
                        state = State.BACKTICK;
                        lineCode = true;
                        i++;
                        continue;
                    }
                    String q = startsWithAny(text, i, syntax.strings());
                    if (q != null) {
                        quote = q;
                        state = State.STRING;
                        lineCode = true;
                        i += q.length();
                        continue;
                    }
                    if (!blank) {
                        lineCode = true;
                    }
                    i++;
                }
                case LINE_COMMENT, BLOCK_COMMENT, TRIPLE -> {
                    if (state == State.BLOCK_COMMENT && text.startsWith(syntax.blockClose(), i)) {
                        state = State.CODE;
                        lineComment = true;
                        i += syntax.blockClose().length();
                        continue;
                    }
                    if (state == State.TRIPLE && text.startsWith(quote, i)) {
                        state = State.CODE;
                        lineComment = true;
                        i += 3;
                        continue;
                    }
                    if (state != State.LINE_COMMENT || !blank) {
                        lineComment = lineComment || !blank;
                    }
                    if (state == State.TRIPLE && c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                    int cp = text.codePointAt(i);
                    if (!blank) {
                        textChars++;
                        if (isCjk(cp)) {
                            cjk++;
                        }
                    }
                    i += Character.charCount(cp);
                }
                case STRING, BACKTICK -> {
                    if (c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                        textChars++;
                        i += 2;
                        continue;
                    }
                    if ((state == State.STRING && text.startsWith(quote, i)) || (state == State.BACKTICK && c == '`')) {
                        state = State.CODE;
                        i++;
                        continue;
                    }
                    int cp = text.codePointAt(i);
                    if (!blank) {
                        textChars++;
                        if (isCjk(cp)) {
                            cjk++;
                        }
                    }
                    i += Character.charCount(cp);
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return new Stats(nonBlank, commentLines, textChars, cjk);
    }

    private static String startsWithAny(String text, int at, String[] tokens) {
        for (String t : tokens) {
            if (text.startsWith(t, at)) {
                return t;
            }
        }
        return null;
    }

    /** Han, Hiragana, Katakana or Hangul. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
