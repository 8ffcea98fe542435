package io.taoxi.jobs.tokenizer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Operator (stateful, one per partition): weighted counts of strings in a map of at most {@code capacity}
 * entries. When an add makes it larger, the entries with the smallest counts are pruned until at most
 * {@code capacity / 2} remain (ties at the cut are all pruned); the weight pruned is kept in
 * {@link #prunedWeight()} so a run can say how much it lost.
 *
 * <pre>
 * BoundedCounter c = new BoundedCounter(4);
 * "a a a b b c d e".split(" ") → add each with weight 1 → after "e": 5 entries &gt; 4, prune to ≤ 2:
 * a=3, b=2 stay; c, d, e (1 each) pruned, prunedWeight() = 3
 * </pre>
 *
 * Known weakness: this is lossy counting without error bounds per key: a string that is frequent overall
 * but arrives in a partition after its earlier occurrences were pruned is under-counted by at most the
 * count it had at each prune. Frequent pre-tokens (the ones BPE merges) survive; the tail is what is cut.
 */
public final class BoundedCounter {
    private final int capacity;
    private final HashMap<String, double[]> counts = new HashMap<>();
    private double prunedWeight;
    private long prunedEntries;
    private int prunes;

    public BoundedCounter(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity = " + capacity + " (allowed: ≥ 2)");
        }
        this.capacity = capacity;
    }

    public void add(String key, double weight) {
        counts.computeIfAbsent(key, k -> new double[1])[0] += weight;
        if (counts.size() > capacity) {
            prune();
        }
    }

    private void prune() {
        double[] values = new double[counts.size()];
        int i = 0;
        for (double[] v : counts.values()) {
            values[i++] = v[0];
        }
        Arrays.sort(values);
        int keep = capacity / 2;
        double cut = values[values.length - keep - 1]; // entries with count ≤ cut go
        var it = counts.entrySet().iterator();
        while (it.hasNext()) {
            double v = it.next().getValue()[0];
            if (v <= cut) {
                prunedWeight += v;
                prunedEntries++;
                it.remove();
            }
        }
        prunes++;
    }

    public int size() {
        return counts.size();
    }

    public double prunedWeight() {
        return prunedWeight;
    }

    public long prunedEntries() {
        return prunedEntries;
    }

    public int prunes() {
        return prunes;
    }

    public void forEach(BiConsumer<String, Double> sink) {
        counts.forEach((k, v) -> sink.accept(k, v[0]));
    }

    /** A copy of the counts. */
    public Map<String, Double> counts() {
        Map<String, Double> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
