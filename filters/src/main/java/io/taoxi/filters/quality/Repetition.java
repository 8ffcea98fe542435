package io.taoxi.filters.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pure functions behind the repetition signals (Gopher, FineWeb, ChineseWebText). Lengths in code points. */
final class Repetition {
    private Repetition() {
    }

    /** Duplicates among {@code elements}: every occurrence after the first counts. */
    record Duplicates(int elements, int duplicates, long chars, long duplicateChars) {
    }

    static Duplicates duplicates(List<String> elements) {
        Map<String, Boolean> seen = new HashMap<>(elements.size() * 2);
        int duplicates = 0;
        long chars = 0;
        long duplicateChars = 0;
        for (String element : elements) {
            int length = Texts.chars(element);
            chars += length;
            if (seen.putIfAbsent(element, Boolean.TRUE) != null) {
                duplicates++;
                duplicateChars += length;
            }
        }
        return new Duplicates(elements.size(), duplicates, chars, duplicateChars);
    }

    /** Words prepared for n-gram statistics: a hash and a char length per word, and the total. */
    record WordSeq(long[] hashes, int[] chars, long totalChars) {
        static WordSeq of(List<String> words) {
            long[] hashes = new long[words.size()];
            int[] chars = new int[words.size()];
            long total = 0;
            for (int i = 0; i < hashes.length; i++) {
                String w = words.get(i);
                hashes[i] = HashCounts.hash(w);
                chars[i] = Texts.chars(w);
                total += chars[i];
            }
            return new WordSeq(hashes, chars, total);
        }

        int size() {
            return hashes.length;
        }

        long ngramHash(int start, int n) {
            long h = n;
            for (int i = start; i < start + n; i++) {
                h = HashCounts.mix(h * 0x9E3779B97F4A7C15L + hashes[i]);
            }
            return h;
        }

        long ngramChars(int start, int n) {
            long c = 0;
            for (int i = start; i < start + n; i++) {
                c += chars[i];
            }
            return c;
        }
    }

    /**
     * Gopher's "fraction of characters in the most common n-gram": occurrences × chars of the most frequent
     * word n-gram (ties: the longer one) over all word chars; 0 when no n-gram occurs twice; null when there
     * are fewer than n words.
     */
    static Double topNgramCharFrac(WordSeq words, int n) {
        int grams = words.size() - n + 1;
        if (grams <= 0 || words.totalChars() == 0) {
            return null;
        }
        HashCounts counts = new HashCounts(grams);
        for (int i = 0; i < grams; i++) {
            counts.add(words.ngramHash(i, n), i);
        }
        long[] best = {1, 0}; // count, chars × count
        counts.forEach((key, count, first) -> {
            if (count >= 2) {
                long covered = count * words.ngramChars(first, n);
                if (count > best[0] || (count == best[0] && covered > best[1])) {
                    best[0] = count;
                    best[1] = covered;
                }
            }
        });
        return Math.min(1.0, (double) best[1] / words.totalChars());
    }

    /**
     * Gopher's "fraction of characters in duplicated n-grams": chars of the words covered by any word n-gram
     * that occurs more than once, each word counted once, over all word chars; null when fewer than n words.
     */
    static Double dupNgramCharFrac(WordSeq words, int n) {
        int grams = words.size() - n + 1;
        if (grams <= 0 || words.totalChars() == 0) {
            return null;
        }
        long[] gramHashes = new long[grams];
        HashCounts counts = new HashCounts(grams);
        for (int i = 0; i < grams; i++) {
            gramHashes[i] = words.ngramHash(i, n);
            counts.add(gramHashes[i], i);
        }
        long covered = 0;
        int coveredUntil = 0; // words [0, coveredUntil) already counted
        for (int i = 0; i < grams; i++) {
            if (counts.count(gramHashes[i]) >= 2) {
                for (int w = Math.max(i, coveredUntil); w < i + n; w++) {
                    covered += words.chars()[w];
                }
                coveredUntil = i + n;
            }
        }
        return (double) covered / words.totalChars();
    }

    /**
     * ChineseWebText-style character repetition: share of non-whitespace code points covered by a run of
     * {@code n} consecutive non-whitespace code points that occurs more than once; null when fewer than n.
     */
    static Double dupCharNgramFrac(String text, int n) {
        int[] cps = text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).toArray();
        int grams = cps.length - n + 1;
        if (grams <= 0) {
            return null;
        }
        long[] gramHashes = new long[grams];
        HashCounts counts = new HashCounts(grams);
        // polynomial rolling hash over code points, then mixed
        final long base = 0x100000001B3L;
        long power = 1;
        for (int i = 1; i < n; i++) {
            power *= base;
        }
        long h = 0;
        for (int i = 0; i < n; i++) {
            h = h * base + cps[i];
        }
        for (int i = 0; ; i++) {
            gramHashes[i] = HashCounts.mix(h);
            counts.add(gramHashes[i], i);
            if (i + 1 >= grams) {
                break;
            }
            h = (h - cps[i] * power) * base + cps[i + n];
        }
        long covered = 0;
        int coveredUntil = 0;
        for (int i = 0; i < grams; i++) {
            if (counts.count(gramHashes[i]) >= 2) {
                covered += (i + n) - Math.max(i, coveredUntil);
                coveredUntil = i + n;
            }
        }
        return (double) covered / cps.length;
    }
}
