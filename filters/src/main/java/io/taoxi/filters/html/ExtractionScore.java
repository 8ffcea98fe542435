package io.taoxi.filters.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator: bag-of-tokens and bag-of-characters agreement between an extracted text and a
 * reference text. Pure functions.
 *
 * <p><b>Tokens</b> ({@link #tokens}): every Han, Hiragana, Katakana or Hangul code point is one
 * token; every maximal run of other non-whitespace code points is one token (so space-delimited
 * languages are split on whitespace, and a CJK character or whitespace ends a run). Examples:
 * <pre>
 *   "Hello, world"   → [Hello,] [world]
 *   "北京时间 3点"    → [北] [京] [时] [间] [3] [点]
 *   "서울 시민"       → [서] [울] [시] [민]
 *   "東京タワー。"    → [東] [京] [タ] [ワ] [ー。]
 * </pre>
 * The last line shows a weakness: the prolonged sound mark ー and CJK punctuation have the Common
 * script in Unicode, so they are not CJK tokens and join a run with their neighbours.
 *
 * <p><b>Characters</b> ({@link #charF1}): the bag of non-whitespace code points.
 *
 * <p>Precision = |bag(extracted) ∩ bag(reference)| / |bag(extracted)|, recall divides by
 * |bag(reference)|, F1 is their harmonic mean. Two empty texts score 1.0; one empty text scores 0.
 * Order is ignored, so a page with its blocks shuffled still scores 1.0 (known weakness of bag
 * metrics).
 */
public final class ExtractionScore {

    private ExtractionScore() {}

    /** Precision, recall and F1 of one comparison. */
    public record Prf(double precision, double recall, double f1) {}

    /** Token-level scores (see class javadoc for the token definition). */
    public static Prf tokenScores(String extracted, String reference) {
        return compare(tokens(extracted), tokens(reference));
    }

    public static double tokenF1(String extracted, String reference) {
        return tokenScores(extracted, reference).f1();
    }

    /** Character-level scores over the bag of non-whitespace code points. */
    public static Prf charScores(String extracted, String reference) {
        return compare(chars(extracted), chars(reference));
    }

    public static double charF1(String extracted, String reference) {
        return charScores(extracted, reference).f1();
    }

    /** Splits text into tokens: one per CJK code point, one per run of other non-space code points. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(run, out);
            } else if (MainTextExtractor.isCjk(cp)) {
                flush(run, out);
                out.add(new String(Character.toChars(cp)));
            } else {
                run.appendCodePoint(cp);
            }
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }

    private static List<String> chars(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> out.add(new String(Character.toChars(cp))));
        return out;
    }

    private static Prf compare(List<String> extracted, List<String> reference) {
        if (extracted.isEmpty() && reference.isEmpty()) {
            return new Prf(1.0, 1.0, 1.0);
        }
        if (extracted.isEmpty() || reference.isEmpty()) {
            return new Prf(extracted.isEmpty() ? 1.0 : 0.0, reference.isEmpty() ? 1.0 : 0.0, 0.0);
        }
        Map<String, Integer> bag = new HashMap<>();
        for (String t : reference) {
            bag.merge(t, 1, Integer::sum);
        }
        int overlap = 0;
        for (String t : extracted) {
            Integer left = bag.get(t);
            if (left != null && left > 0) {
                overlap++;
                bag.put(t, left - 1);
            }
        }
        double precision = (double) overlap / extracted.size();
        double recall = (double) overlap / reference.size();
        double f1 = overlap == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        return new Prf(precision, recall, f1);
    }
}
