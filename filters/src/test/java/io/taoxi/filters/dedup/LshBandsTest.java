package io.taoxi.filters.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LshBandsTest {
    @Test
    void presetsAndNames() {
        assertEquals(112, LshBands.FINEWEB.numPermutations());
        assertEquals(260, LshBands.NEMO.numPermutations());
        assertEquals("minhash_5c_14b_8r", LshBands.FINEWEB.name(5));
        assertEquals(0.685, LshBands.FINEWEB.midpoint(), 0.005);
        assertEquals(0.772, LshBands.NEMO.midpoint(), 0.005);
    }

    @Test
    void optimalMinimisesTheErrorAreaOverAllChoices() {
        for (double t : new double[] {0.5, 0.7, 0.75, 0.8, 0.9}) {
            LshBands best = LshBands.optimal(t, 112, 0.5, 0.5);
            assertTrue(best.numPermutations() <= 112);
            double e = best.errorArea(t, 0.5, 0.5);
            for (int b = 1; b <= 112; b++) {
                for (int r = 1; b * r <= 112; r++) {
                    assertTrue(e <= new LshBands(b, r).errorArea(t, 0.5, 0.5) + 1e-12, t + ": " + b + "x" + r);
                }
            }
            // the S-curve's steep part sits near the threshold
            assertTrue(Math.abs(best.midpoint() - t) < 0.08, t + " -> " + best + " midpoint " + best.midpoint());
        }
    }

    @Test
    void moreFalseNegativeWeightLowersTheCurve() {
        LshBands fn = LshBands.optimal(0.8, 128, 0.1, 0.9);
        LshBands fp = LshBands.optimal(0.8, 128, 0.9, 0.1);
        assertTrue(fn.midpoint() < fp.midpoint(), fn + " vs " + fp);
    }

    @Test
    void bandKeysDependOnEveryRowAndTheSalt() {
        LshBands lsh = new LshBands(4, 3);
        long[] sig = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        long[] keys = lsh.bandKeys(sig, 0);
        assertArrayEquals(keys, lsh.bandKeys(sig.clone(), 0));
        long[] changed = sig.clone();
        changed[4] = 99;
        long[] k2 = lsh.bandKeys(changed, 0);
        assertEquals(keys[0], k2[0]);
        assertNotEquals(keys[1], k2[1]);
        assertEquals(keys[2], k2[2]);
        assertNotEquals(keys[0], lsh.bandKeys(sig, 1)[0]);
        assertThrows(IllegalArgumentException.class, () -> lsh.bandKeys(new long[5], 0));
    }

    @Test
    void invalidParametersFail() {
        assertThrows(IllegalArgumentException.class, () -> new LshBands(0, 8));
        assertThrows(IllegalArgumentException.class, () -> LshBands.optimal(1.0, 100, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> LshBands.optimal(0.5, 0, 0.5, 0.5));
    }
}
