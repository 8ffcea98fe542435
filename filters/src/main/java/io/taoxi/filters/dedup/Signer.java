package io.taoxi.filters.dedup;

/**
 * Operator: text → MinHash signature, or {@code null} when the text has fewer than {@code minShingles}
 * distinct shingles (such documents are matched exactly, never given a shared empty signature).
 * Thread-safe; built on the executor from serialisable parameters.
 */
public final class Signer {
    private final Shingler shingler;
    private final MinHash minHash;
    private final int minShingles;

    public Signer(Shingler.Spec shingles, int numPermutations, long seed, int minShingles) {
        if (minShingles < 1) {
            throw new IllegalArgumentException("minShingles must be >= 1, got " + minShingles);
        }
        this.shingler = new Shingler(shingles);
        this.minHash = new MinHash(numPermutations, seed);
        this.minShingles = minShingles;
    }

    public Shingler shingler() {
        return shingler;
    }

    public MinHash minHash() {
        return minHash;
    }

    /** The signature, or {@code null} for a text too short to have one. */
    public long[] signature(String text, Shingler.Mode mode) {
        long[] s = shingler.shingles(text, mode);
        return enough(s) ? minHash.signature(s) : null;
    }

    /** Whether {@code shingles} has at least {@code minShingles} distinct values. */
    public boolean enough(long[] shingles) {
        if (shingles.length < minShingles) {
            return false;
        }
        if (shingles.length >= 4 * minShingles) {
            // a run of the same few units repeated (e.g. "哈哈哈…") is the only way to have many windows
            // but few distinct shingles; checking the distinct count for short arrays covers the rest
            return Shingler.distinct(java.util.Arrays.copyOf(shingles, 4 * minShingles)).length >= minShingles
                    || Shingler.distinct(shingles).length >= minShingles;
        }
        return Shingler.distinct(shingles).length >= minShingles;
    }
}
