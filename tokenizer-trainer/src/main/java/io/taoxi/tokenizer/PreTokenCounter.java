package io.taoxi.tokenizer;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts pre-tokens of documents on one machine (an operator with mutable state, one per thread), for small
 * corpora and tests; a Spark stage does the same with {@link PreTokenization} per partition and a
 * reduceByKey. Weights let a mixture up- or down-weight a source.
 */
public final class PreTokenCounter {
    private final PreTokenization preTokenization;
    private final PreTokenizer preTokenizer;
    private final HashMap<String, long[]> counts = new HashMap<>();

    public PreTokenCounter(PreTokenization preTokenization) {
        this.preTokenization = preTokenization;
        this.preTokenizer = preTokenization.preTokenizer();
    }

    /** Adds every pre-token of {@code document} once. */
    public void add(String document) {
        add(document, 1);
    }

    /** Adds every pre-token of {@code document} with weight {@code weight} (≥ 1). */
    public void add(String document, long weight) {
        String s = Tokenizer.replaceUnpairedSurrogates(document);
        String n = preTokenization.nfc() ? Tokenizer.NFC.normalize(s) : s;
        preTokenizer.split(n, 0, n.length(), (a, b) -> counts.computeIfAbsent(n.substring(a, b), k -> new long[1])[0] += weight);
    }

    /** Distinct pre-tokens so far. */
    public int distinct() {
        return counts.size();
    }

    /** The counts (a copy), optionally dropping pre-tokens seen fewer than {@code minCount} times. */
    public Map<String, Long> counts(long minCount) {
        Map<String, Long> out = new HashMap<>(counts.size() * 2);
        counts.forEach((k, v) -> {
            if (v[0] >= minCount) {
                out.put(k, v[0]);
            }
        });
        return out;
    }
}
