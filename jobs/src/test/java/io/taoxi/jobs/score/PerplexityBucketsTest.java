package io.taoxi.jobs.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CCNet buckets and the keep decision, value by value. */
class PerplexityBucketsTest {
    private static final PerplexityBuckets.Cutoffs C = new PerplexityBuckets.Cutoffs(100, 250, 10);

    @Test
    void bucketsIncludeTheirUpperCutoff() {
        assertEquals("head", PerplexityBuckets.bucket(1.0, C));
        assertEquals("head", PerplexityBuckets.bucket(100.0, C));
        assertEquals("middle", PerplexityBuckets.bucket(100.0001, C));
        assertEquals("middle", PerplexityBuckets.bucket(250.0, C));
        assertEquals("tail", PerplexityBuckets.bucket(250.5, C));
        PerplexityBuckets.Cutoffs flat = new PerplexityBuckets.Cutoffs(7, 7, 1);
        assertEquals("head", PerplexityBuckets.bucket(7, flat));
        assertEquals("tail", PerplexityBuckets.bucket(8, flat));
    }

    @Test
    void dropReasons() {
        List<String> keep = List.of("head", "middle");
        assertNull(PerplexityBuckets.dropReason("head", 50, Double.POSITIVE_INFINITY, keep));
        assertEquals("perplexity_tail", PerplexityBuckets.dropReason("tail", 300, Double.POSITIVE_INFINITY, keep));
        assertEquals("perplexity_middle", PerplexityBuckets.dropReason("middle", 200, 1000, List.of("head")));
        assertEquals("perplexity_above_max", PerplexityBuckets.dropReason("middle", 200, 150, keep));
        assertNull(PerplexityBuckets.dropReason("middle", 150, 150, keep));
        // A bucket not kept names the bucket even when the ceiling is also exceeded.
        assertEquals("perplexity_tail", PerplexityBuckets.dropReason("tail", 900, 150, keep));
    }

    @Test
    void cutoffsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new PerplexityBuckets.Cutoffs(300, 200, 5));
        assertThrows(IllegalArgumentException.class, () -> new PerplexityBuckets.Cutoffs(Double.NaN, 200, 5));
    }
}
