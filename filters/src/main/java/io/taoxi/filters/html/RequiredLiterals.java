package io.taoxi.filters.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Operator (helper): for a regex, a set of literal strings one of which every match must contain
 * — the prefilter key of {@link BoilerplateRules}. Conservative: returns {@code null} ("always run
 * the regex") for anything it does not understand (inline flags, lookaround, back-references,
 * character classes only).
 *
 * <pre>
 *   "公网安备\\s*[0-9]+"                    → [公网安备]
 *   "^(?:上一篇|下一篇)\\s*[:：]?.*$"         → [上一篇, 下一篇]
 *   "(?:copyright|©|\\(c\\))\\s*(?:19|20)\\d{2}" → [copyright, ©, (c)]
 *   "^\\d{1,2}:\\d{2}$"                     → null
 * </pre>
 */
final class RequiredLiterals {

    private RequiredLiterals() {}

    /** Literal alternatives (original case), or null when no useful literal is required. */
    static List<String> of(String regex) {
        try {
            Parser p = new Parser(regex);
            List<String> result = p.alternation();
            if (p.pos != regex.length() || result == null || result.isEmpty()) {
                return null;
            }
            for (String s : result) {
                if (s.isEmpty()) {
                    return null;
                }
            }
            return result;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        /** branch ('|' branch)*; null when some branch has no required literal. */
        List<String> alternation() throws Unsupported {
            List<String> all = new ArrayList<>();
            boolean missing = false;
            while (true) {
                List<String> branch = sequence();
                if (branch == null) {
                    missing = true;
                } else {
                    all.addAll(branch);
                }
                if (pos < s.length() && s.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return missing ? null : all;
            }
        }

        /** The best required element of a sequence: a literal run or a required group. */
        List<String> sequence() throws Unsupported {
            List<String> best = null;
            StringBuilder run = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '|' || c == ')') {
                    break;
                }
                String literal = null;
                List<String> group = null;
                if (c == '(') {
                    pos++;
                    if (s.startsWith("?:", pos)) {
                        pos += 2;
                    } else if (pos < s.length() && s.charAt(pos) == '?') {
                        throw new Unsupported(); // lookaround, inline flags, named groups
                    }
                    group = alternation();
                    if (pos >= s.length() || s.charAt(pos) != ')') {
                        throw new Unsupported();
                    }
                    pos++;
                } else if (c == '[') {
                    skipClass();
                } else if (c == '\\') {
                    if (pos + 1 >= s.length()) {
                        throw new Unsupported();
                    }
                    char e = s.charAt(pos + 1);
                    pos += 2;
                    if (Character.isLetterOrDigit(e)) {
                        if (e == 'p' || e == 'P') {
                            skipBraces();
                        } else if (e == 'Q' || e == 'k' || e == 'x' || e == 'u' || e == 'c' || Character.isDigit(e)) {
                            throw new Unsupported();
                        }
                    } else {
                        literal = String.valueOf(e);
                    }
                } else if (c == '.' || c == '^' || c == '$') {
                    pos++;
                } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                    throw new Unsupported(); // dangling quantifier
                } else {
                    literal = String.valueOf(c);
                    pos++;
                }
                int[] quantifier = quantifier();
                boolean required = quantifier[0] >= 1;
                boolean repeated = quantifier[1] != 1;
                if (literal != null && required) {
                    run.append(literal);
                    if (repeated) {
                        best = better(best, List.of(run.toString()));
                        run.setLength(0);
                    }
                    continue;
                }
                if (run.length() > 0) {
                    best = better(best, List.of(run.toString()));
                    run.setLength(0);
                }
                if (group != null && required) {
                    best = better(best, group);
                }
            }
            if (run.length() > 0) {
                best = better(best, List.of(run.toString()));
            }
            return best;
        }

        /** {min, max} of the quantifier at pos (max -1 for unbounded); {1, 1} when none. */
        int[] quantifier() throws Unsupported {
            if (pos >= s.length()) {
                return new int[] {1, 1};
            }
            char c = s.charAt(pos);
            int[] q;
            if (c == '?') {
                q = new int[] {0, 1};
                pos++;
            } else if (c == '*') {
                q = new int[] {0, -1};
                pos++;
            } else if (c == '+') {
                q = new int[] {1, -1};
                pos++;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String body = s.substring(pos + 1, close);
                pos = close + 1;
                try {
                    int comma = body.indexOf(',');
                    int min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
                    int max = comma < 0 ? min
                            : body.substring(comma + 1).isBlank() ? -1 : Integer.parseInt(body.substring(comma + 1).strip());
                    q = new int[] {min, max};
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
            } else {
                return new int[] {1, 1};
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) {
                pos++; // lazy or possessive
            }
            return q;
        }

        void skipClass() throws Unsupported {
            int depth = 0;
            pos++;
            if (pos < s.length() && s.charAt(pos) == '^') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
            }
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    if (depth == 0) {
                        pos++;
                        return;
                    }
                    depth--;
                }
                pos++;
            }
            throw new Unsupported();
        }

        void skipBraces() throws Unsupported {
            if (pos < s.length() && s.charAt(pos) == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++; // \pL
            }
        }

        /** The set whose shortest literal is longer is the more selective prefilter key. */
        static List<String> better(List<String> a, List<String> b) {
            if (a == null) {
                return b;
            }
            return weight(b) > weight(a) ? b : a;
        }

        static int weight(List<String> set) {
            int min = Integer.MAX_VALUE;
            for (String x : set) {
                int w = 0;
                for (int i = 0; i < x.length(); i++) {
                    w += x.charAt(i) < 0x80 ? 1 : 2; // a CJK char is about as selective as two ASCII ones
                }
                min = Math.min(min, w);
            }
            return min * 4 - Math.min(set.size(), 3);
        }
    }
}
