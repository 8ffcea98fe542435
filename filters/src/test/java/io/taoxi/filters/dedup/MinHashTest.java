package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the permutation family: estimates within bounds of the true Jaccard, determinism. */
class MinHashTest {
    private static final long SEED = 9_2026L;

    /** Two sets with {@code common} shared elements and {@code only} elements each of their own. */
    private static long[][] sets(Random r, int common, int onlyA, int onlyB) {
        long[] a = new long[common + onlyA];
        long[] b = new long[common + onlyB];
        for (int i = 0; i < common; i++) {
            a[i] = b[i] = Hash64.mix(r.nextLong());
        }
        for (int i = 0; i < onlyA; i++) {
            a[common + i] = Hash64.mix(r.nextLong());
        }
        for (int i = 0; i < onlyB; i++) {
            b[common + i] = Hash64.mix(r.nextLong());
        }
        return new long[][] {a, b};
    }

    @Test
    void estimatesAreWithinFourStandardErrorsAndUnbiased() {
        MinHash mh = new MinHash(112, 1);
        Random r = new Random(SEED);
        double biasSum = 0;
        int pairs = 600;
        for (int p = 0; p < pairs; p++) {
            int common = r.nextInt(400);
            long[][] s = sets(r, common, r.nextInt(300), r.nextInt(300));
            if (s[0].length == 0 || s[1].length == 0) {
                continue;
            }
            double truth = MinHash.trueJaccard(s[0], s[1]);
            double est = MinHash.jaccard(mh.signature(s[0]), mh.signature(s[1]));
            double se = Math.sqrt(Math.max(truth * (1 - truth), 0.01) / 112);
            assertTrue(Math.abs(est - truth) <= 4 * se + 1e-9,
                    "seed " + SEED + " pair " + p + ": estimate " + est + " vs true " + truth);
            biasSum += est - truth;
        }
        assertTrue(Math.abs(biasSum / pairs) < 0.01, "seed " + SEED + ": mean bias " + biasSum / pairs);
    }

    @Test
    void structuredInputsStayUnbiased() {
        // shingles of real text, not random longs: consecutive integers mixed, as Shingler produces
        MinHash mh = new MinHash(256, 7);
        long[] a = new long[1000];
        long[] b = new long[1000];
        for (int i = 0; i < 1000; i++) {
            a[i] = Hash64.mix(i + 1);
            b[i] = Hash64.mix(i + 1 + 500);          // J = 500 / 1500
        }
        double est = MinHash.jaccard(mh.signature(a), mh.signature(b));
        assertEquals(1.0 / 3, est, 4 * Math.sqrt(2.0 / 9 / 256), "estimate " + est);
    }

    @Test
    void identicalSetsAgreeEverywhereAndOrderDoesNotMatter() {
        MinHash mh = new MinHash(64, 3);
        long[] a = {5, 9, 1, 1, 77};
        long[] b = {77, 1, 9, 5};
        assertArrayEquals(mh.signature(a), mh.signature(b));
        assertEquals(1.0, MinHash.jaccard(mh.signature(a), mh.signature(b)));
        assertArrayEquals(mh.signature(a), new MinHash(64, 3).signature(a), "same seed, same signature");
    }

    @Test
    void emptySetsHaveNoSignature() {
        MinHash mh = new MinHash(8, 1);
        assertThrows(IllegalArgumentException.class, () -> mh.signature(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> new MinHash(0, 1));
        assertThrows(IllegalArgumentException.class, () -> MinHash.jaccard(new long[2], new long[3]));
    }
}
