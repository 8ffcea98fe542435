package io.taoxi.filters.toxicity;

import java.util.ArrayList;
import java.util.List;

/**
 * Operator: the feature strings a toxicity classifier hashes. Pure; the Spark model in {@code jobs/} only
 * hashes and weighs them, so training and scoring see exactly the same features.
 *
 * <p>The text is folded like the lexicon matcher folds it (NFKC + case folding, Traditional →
 * Simplified), runs of whitespace become one space, and at most {@code maxChars} characters are used.
 * Features: character n-grams for n in [{@code minCharN}, {@code maxCharN}] ({@code c:傻逼}), and, when
 * {@code words} is on, segmented words ({@code w:傻逼}) from SmartCN for Han text, Kuromoji when there is
 * kana, Nori when there is Hangul, and letter runs otherwise.
 *
 * <p>Example ({@code minCharN=1, maxCharN=2, words=true}): {@code "你 傻"} → {@code c:你 c:  c:傻 c:你
 * c: 傻 … w:你 w:傻}.
 */
public final class ToxicityFeatures {
    /** Spec of the features, saved next to a model as its feature config. */
    public record Config(int minCharN, int maxCharN, boolean words, int maxChars) implements java.io.Serializable {
        public Config {
            if (minCharN < 1 || maxCharN < minCharN || maxCharN > 6) {
                throw new IllegalArgumentException("char n-gram range must satisfy 1 <= min <= max <= 6, got "
                        + minCharN + ".." + maxCharN);
            }
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
            }
        }

        public static Config defaults() {
            return new Config(1, 3, true, 4000);
        }
    }

    private ToxicityFeatures() {
    }

    public static List<String> extract(String text, Config config) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = normalize(text, config.maxChars());
        List<String> out = new ArrayList<>(folded.length() * (config.maxCharN() - config.minCharN() + 2));
        int[] cps = folded.codePoints().toArray();
        for (int n = config.minCharN(); n <= config.maxCharN(); n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                boolean allSpace = true;
                for (int k = i; k < i + n; k++) {
                    allSpace &= cps[k] == ' ';
                }
                if (!allSpace) {
                    out.add("c:" + new String(cps, i, n));
                }
            }
        }
        if (config.words()) {
            for (String w : words(folded, text)) {
                out.add("w:" + w);
            }
        }
        return out;
    }

    static String normalize(String text, int maxChars) {
        String cut = text.length() > maxChars ? text.substring(0, maxChars) : text;
        String folded = HanFold.fold(cut);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> words(String folded, String original) {
        boolean hangul = false;
        boolean kana = false;
        boolean han = false;
        for (int i = 0; i < folded.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(folded.charAt(i));
            hangul |= s == Character.UnicodeScript.HANGUL;
            kana |= s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
            han |= s == Character.UnicodeScript.HAN;
        }
        List<String> out = new ArrayList<>();
        Segmentation seg = hangul ? Segmentation.KOREAN : kana ? Segmentation.JAPANESE : han ? Segmentation.CHINESE : null;
        if (seg == null) {
            for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }
        int[] tokens = seg.tokens(folded);
        for (int t = 0; t + 1 < tokens.length; t += 2) {
            String w = folded.substring(tokens[t], tokens[t + 1]);
            if (!w.isBlank()) {
                out.add(w);
            }
        }
        return out;
    }
}
