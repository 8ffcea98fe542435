package io.taoxi.filters.dedup;

import java.util.Locale;

/**
 * Operator: locality-sensitive banding of MinHash signatures: {@code bands} × {@code rows} signature
 * elements; two documents become a candidate pair when all {@code rows} elements of at least one band
 * agree, which happens with probability {@code P(s) = 1 - (1 - s^rows)^bands} at Jaccard {@code s}.
 *
 * <p>{@link #optimal} chooses (b, r) for a threshold the way datasketch does: among all b·r ≤ the
 * permutation budget, minimise {@code wFp·∫₀ᵗ P(s) ds + wFn·∫ₜ¹ (1 - P(s)) ds}, the weighted areas of
 * false positives and false negatives under the S-curve. Presets: {@link #FINEWEB} 14 × 8 (FineWeb,
 * 5-gram shingles, ~0.75 similarity; 50% detection near 0.685) and {@link #NEMO} 20 × 13 (NeMo Curator's
 * default, 260 permutations; 50% near 0.77).
 *
 * <pre>
 *   optimal(0.70, 112, 0.5, 0.5) = 12 × 9:   P(0.5) = 0.023, P(0.70) = 0.390, P(0.9) = 0.997
 *   optimal(0.75, 112, 0.5, 0.5) = 11 × 10:  P(0.5) = 0.011, P(0.75) = 0.471, P(0.9) = 0.991
 *   FINEWEB 14 × 8:                          P(0.5) = 0.053, P(0.70) = 0.565, P(0.8) = 0.924
 * </pre>
 *
 * <p>Band keys ({@link #bandKeys}) hash the band index, a salt (which keeps code and prose in separate
 * buckets) and the band's {@code rows} elements into one 64-bit key.
 */
public record LshBands(int bands, int rows) implements java.io.Serializable {
    public static final LshBands FINEWEB = new LshBands(14, 8);
    public static final LshBands NEMO = new LshBands(20, 13);

    public LshBands {
        if (bands < 1 || rows < 1 || (long) bands * rows > 4096) {
            throw new IllegalArgumentException("bands and rows must be >= 1 with bands × rows <= 4096, got "
                    + bands + " × " + rows);
        }
    }

    public int numPermutations() {
        return bands * rows;
    }

    /** Probability that a pair of Jaccard {@code s} shares at least one band. */
    public double probability(double s) {
        return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
    }

    /** The Jaccard similarity at which {@link #probability} is one half. */
    public double midpoint() {
        return Math.pow(1.0 - Math.pow(0.5, 1.0 / bands), 1.0 / rows);
    }

    /** {@code minhash_5c_14b_8r}: the folder-name form of these parameters. */
    public String name(int shingleChars) {
        return String.format(Locale.ROOT, "minhash_%dc_%db_%dr", shingleChars, bands, rows);
    }

    /** Weighted false-positive area below {@code t} and false-negative area above it. */
    public double errorArea(double t, double fpWeight, double fnWeight) {
        return fpWeight * integrate(0.0, t, false) + fnWeight * integrate(t, 1.0, true);
    }

    private double integrate(double from, double to, boolean complement) {
        int n = 256;
        double h = (to - from) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double p = probability(from + i * h);
            double y = complement ? 1.0 - p : p;
            sum += (i == 0 || i == n) ? y / 2 : y;
        }
        return sum * h;
    }

    /**
     * The (b, r) with b·r ≤ {@code maxPermutations} that minimises the weighted error area at threshold
     * {@code t}; ties go to fewer permutations, then more bands.
     */
    public static LshBands optimal(double t, int maxPermutations, double fpWeight, double fnWeight) {
        if (!(t > 0.0 && t < 1.0)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + t);
        }
        if (maxPermutations < 1 || maxPermutations > 4096) {
            throw new IllegalArgumentException("numPermutations must be in [1, 4096], got " + maxPermutations);
        }
        if (!(fpWeight >= 0 && fnWeight >= 0 && fpWeight + fnWeight > 0)) {
            throw new IllegalArgumentException("weights must be >= 0 and not both 0");
        }
        LshBands best = null;
        double bestError = Double.MAX_VALUE;
        for (int b = 1; b <= maxPermutations; b++) {
            for (int r = 1; b * r <= maxPermutations; r++) {
                LshBands c = new LshBands(b, r);
                double e = c.errorArea(t, fpWeight, fnWeight);
                if (e < bestError - 1e-12) {
                    best = c;
                    bestError = e;
                }
            }
        }
        return best;
    }

    /** One 64-bit key per band of {@code signature} (length {@code bands × rows}). */
    public long[] bandKeys(long[] signature, long salt) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature has " + signature.length + " elements, bands × rows = "
                    + bands * rows);
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Hash64.mix(salt ^ (0x9E3779B97F4A7C15L * (band + 1)));
            for (int j = band * rows; j < (band + 1) * rows; j++) {
                h = Hash64.mix(h ^ signature[j]) + j;
            }
            keys[band] = h;
        }
        return keys;
    }
}
