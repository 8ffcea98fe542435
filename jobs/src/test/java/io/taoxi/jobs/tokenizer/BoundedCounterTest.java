package io.taoxi.jobs.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedCounterTest {
    @Test
    void prunesTheRarestHalfAndCountsTheLoss() {
        BoundedCounter c = new BoundedCounter(4);
        for (String s : "a a a b b c d e".split(" ")) {
            c.add(s, 1);
        }
        assertEquals(Map.of("a", 3.0, "b", 2.0), c.counts());
        assertEquals(3.0, c.prunedWeight());
        assertEquals(3, c.prunedEntries());
    }

    @Test
    void frequentKeysSurviveAZipfStream() {
        BoundedCounter c = new BoundedCounter(1000);
        java.util.Random r = new java.util.Random(1);
        long total = 0;
        for (int i = 0; i < 300_000; i++) {
            int k = (int) Math.floor(Math.pow(100_000, r.nextDouble())); // log-uniform: heavy head, long tail
            c.add("k" + k, 1);
            total++;
        }
        assertTrue(c.size() <= 1000);
        // the head is counted (almost) exactly: k1 gets ~1/ln(1e5) / 1 of the mass at k = 1..2
        double head = c.counts().getOrDefault("k1", 0.0);
        assertTrue(head > 0.05 * total, "k1 = " + head);
        assertEquals(total, c.counts().values().stream().mapToDouble(Double::doubleValue).sum() + c.prunedWeight(), 1e-6);
    }
}
