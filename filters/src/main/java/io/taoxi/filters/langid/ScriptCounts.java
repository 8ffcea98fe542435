package io.taoxi.filters.langid;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Record-like value: letters per Unicode script in a text (ICU {@code UScript}; Common and Inherited are not
 * counted, combining marks count towards their own script). Immutable after {@link #of}.
 *
 * <p>{@code "東京は晴れ"} → {@code Hani=3, Hira=2}; {@link #shares(int)} → {@code "Hani:0.60,Hira:0.40"}.
 */
final class ScriptCounts {
    private final int[] counts = new int[UScript.CODE_LIMIT];
    private int letters;

    private ScriptCounts() {
    }

    static ScriptCounts of(CharSequence text) {
        ScriptCounts c = new ScriptCounts();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                    c.counts[UScript.LATIN]++;
                    c.letters++;
                }
                continue;
            }
            int type = Character.getType(cp);
            boolean letter = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0x3005 || cp == 0x3007;
            if (!letter) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN
                    || script < 0 || script >= UScript.CODE_LIMIT) {
                if (cp == 0x3005 || cp == 0x3007) {
                    script = UScript.HAN;
                } else {
                    continue;
                }
            }
            if (script == UScript.KATAKANA_OR_HIRAGANA) {
                script = UScript.HIRAGANA;
            }
            c.counts[script]++;
            c.letters++;
        }
        return c;
    }

    int get(int script) {
        return counts[script];
    }

    int letters() {
        return letters;
    }

    int han() {
        return counts[UScript.HAN];
    }

    int hiragana() {
        return counts[UScript.HIRAGANA];
    }

    int katakana() {
        return counts[UScript.KATAKANA];
    }

    int hangul() {
        return counts[UScript.HANGUL];
    }

    /** Letters weighted so that one CJK character counts like one short alphabetic word (×3). */
    double weighted(int script) {
        return isCjk(script) ? 3.0 * counts[script] : counts[script];
    }

    static boolean isCjk(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL || script == UScript.BOPOMOFO;
    }

    /** Sum of weighted letters. */
    double weightedTotal() {
        double t = 0;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                t += weighted(s);
            }
        }
        return t;
    }

    /** The script with most weighted letters, CJK scripts merged under {@link UScript#HAN}; -1 when none. */
    int dominantGroup() {
        double cjk = 0;
        int best = -1;
        double bestWeight = 0;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] == 0) {
                continue;
            }
            if (isCjk(s)) {
                cjk += weighted(s);
            } else if (weighted(s) > bestWeight) {
                bestWeight = weighted(s);
                best = s;
            }
        }
        return cjk > 0 && cjk >= bestWeight ? UScript.HAN : best;
    }

    /** Weighted share of a group as returned by {@link #dominantGroup}. */
    double groupShare(int group) {
        double total = weightedTotal();
        if (total == 0) {
            return 0;
        }
        double w = 0;
        if (group == UScript.HAN) {
            for (int s = 0; s < counts.length; s++) {
                if (isCjk(s)) {
                    w += weighted(s);
                }
            }
        } else if (group >= 0) {
            w = weighted(group);
        }
        return w / total;
    }

    /** Unweighted shares of letters, largest first, at most {@code max} scripts of at least 1%. */
    String shares(int max) {
        if (letters == 0) {
            return "";
        }
        List<int[]> present = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                present.add(new int[] {s, counts[s]});
            }
        }
        present.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < present.size() && i < max; i++) {
            double share = present.get(i)[1] / (double) letters;
            if (share < 0.01) {
                break;
            }
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(UScript.getShortName(present.get(i)[0])).append(':')
                    .append(String.format(Locale.ROOT, "%.2f", share));
        }
        return out.toString();
    }
}
