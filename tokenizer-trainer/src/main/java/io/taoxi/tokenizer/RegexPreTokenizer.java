package io.taoxi.tokenizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General Split pre-tokenizer ({@code Isolated} behaviour) through {@code java.util.regex}, for patterns
 * other than Qwen2's and Llama 3's (an operator; the compiled pattern is immutable and shared).
 *
 * <p>Oniguruma (HF's engine) and Java differ; the pattern is rewritten before compiling:
 * <ul>
 *   <li>{@code \s} / {@code \S}: Oniguruma's are Unicode White_Space ({@link CodePointClass#isSpace}); Java's
 *       are ASCII. Rewritten to an explicit class (inside a bracket expression the members are inlined;
 *       {@code \S} inside brackets is rejected).</li>
 *   <li>{@code \d} → {@code \p{Nd}} and {@code \w} → {@code [\p{L}\p{M}\p{Nd}\p{Pc}]} (Unicode, as in Oniguruma).</li>
 *   <li>{@code (?i:...)}: kept; Java's default case-insensitivity is ASCII-only, which matches what HF
 *       does for the contraction group (it does not fold {@code 'ſ} to {@code 's}). Non-ASCII
 *       case-insensitive literals would differ.</li>
 *   <li>{@code \p{L}}, {@code \p{N}}, {@code \p{P}} … (general categories, one or two letters): Java 17 has
 *       Unicode 13 tables, HF's Oniguruma Unicode 16; rewritten to {@link GeneralCategoryClass} (Java's
 *       property plus and minus the difference, from ICU). {@code \P{X}} inside brackets is rejected; script
 *       and binary properties are left to Java.</li>
 *   <li>Possessive and atomic groups, {@code \h}, {@code \R}, {@code \X} and Oniguruma-only syntax are not
 *       translated.</li>
 * </ul>
 */
final class RegexPreTokenizer implements PreTokenizer {
    private static final long serialVersionUID = 1L;
    private final String pattern;
    private final Pattern compiled;

    RegexPreTokenizer(String onigurumaPattern) {
        this.pattern = onigurumaPattern;
        this.compiled = Pattern.compile(translate(onigurumaPattern));
    }

    @Override
    public String pattern() {
        return pattern;
    }

    /** Oniguruma syntax → java.util.regex syntax (see class comment). */
    static String translate(String p) {
        StringBuilder out = new StringBuilder(p.length() + 64);
        int depth = 0; // bracket-expression nesting
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                char n = p.charAt(i + 1);
                i++;
                switch (n) {
                    case 's':
                        out.append(depth > 0 ? CodePointClass.SPACE_CLASS_BODY : "[" + CodePointClass.SPACE_CLASS_BODY + "]");
                        break;
                    case 'S':
                        if (depth > 0) {
                            throw new IllegalArgumentException("\\S inside a bracket expression is not supported: " + p);
                        }
                        out.append("[^").append(CodePointClass.SPACE_CLASS_BODY).append(']');
                        break;
                    case 'd':
                        out.append("\\p{Nd}");
                        break;
                    case 'w':
                        out.append(depth > 0 ? "\\p{L}\\p{M}\\p{Nd}\\p{Pc}" : "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]");
                        break;
                    case 'p':
                    case 'P': {
                        int close = p.indexOf('}', i + 1);
                        String name = p.length() > i + 1 && p.charAt(i + 1) == '{' && close > 0 ? p.substring(i + 2, close) : "";
                        if (!GeneralCategoryClass.known(name)) {
                            out.append('\\').append(n); // a script or binary property: java.util.regex's own
                            break;
                        }
                        if (n == 'P') {
                            if (depth > 0) {
                                throw new IllegalArgumentException("\\P{" + name + "} inside a bracket expression is not supported: " + p);
                            }
                            out.append("[^").append(GeneralCategoryClass.of(name)).append(']');
                        } else {
                            out.append(GeneralCategoryClass.of(name));
                        }
                        i = close;
                        break;
                    }
                    default:
                        out.append('\\').append(n);
                }
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void split(CharSequence text, int from, int to, PieceSink sink) {
        Matcher m = compiled.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(false).useAnchoringBounds(true);
        int last = from;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (e == s) {
                continue; // HF drops empty matches
            }
            if (s > last) {
                sink.piece(last, s);
            }
            sink.piece(s, e);
            last = e;
        }
        if (last < to) {
            sink.piece(last, to);
        }
    }
}
