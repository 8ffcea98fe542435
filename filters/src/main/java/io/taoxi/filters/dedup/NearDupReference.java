package io.taoxi.filters.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operator: the in-memory reference of near-dedup clustering, for small sets (tests, benchmark, and the
 * oracle the Spark stage must match). Same rules as {@code io.taoxi.jobs.dedup.DedupStage}:
 * <ol>
 *   <li>every document with a signature puts one key per band into a bucket (band, key);</li>
 *   <li>each bucket with two or more members yields star edges from its smallest node id to every other
 *       member (k − 1 edges, not k² pairs);</li>
 *   <li>with verification, an edge survives only when the full-signature Jaccard estimate of its two
 *       ends is at least the threshold;</li>
 *   <li>connected components of the surviving edges; a component is named by its smallest node id.</li>
 * </ol>
 * Known weakness of step 2 with verification: A–B and B–C can both be true duplicates while the bucket's
 * star centre A fails against C; C then joins only through another band.
 */
public final class NearDupReference {
    private NearDupReference() {
    }

    /** A document: its 64-bit node id, signature ({@code null}: not part of near-dedup) and bucket salt. */
    public record Input(long uid, long[] signature, long salt) {
    }

    /** Node id → smallest node id of its component, for documents in components of two or more. */
    public static Map<Long, Long> components(List<Input> docs, LshBands lsh, boolean verify, double threshold) {
        Map<Long, long[]> signatures = new HashMap<>();
        Map<String, Long> bucketMin = new HashMap<>();
        Map<String, List<Long>> buckets = new HashMap<>();
        for (Input d : docs) {
            if (d.signature() == null) {
                continue;
            }
            signatures.put(d.uid(), d.signature());
            long[] keys = lsh.bandKeys(d.signature(), d.salt());
            for (int b = 0; b < keys.length; b++) {
                String k = b + ":" + keys[b];
                buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(d.uid());
                bucketMin.merge(k, d.uid(), Math::min);
            }
        }
        Map<Long, Long> parent = new TreeMap<>();
        for (Map.Entry<String, List<Long>> e : buckets.entrySet()) {
            long min = bucketMin.get(e.getKey());
            for (long u : e.getValue()) {
                if (u == min) {
                    continue;
                }
                if (verify && MinHash.jaccard(signatures.get(min), signatures.get(u)) < threshold) {
                    continue;
                }
                union(parent, min, u);
            }
        }
        Map<Long, Long> out = new TreeMap<>();
        for (long u : parent.keySet()) {
            out.put(u, find(parent, u));
        }
        return out;
    }

    private static long find(Map<Long, Long> parent, long u) {
        long root = u;
        while (parent.getOrDefault(root, root) != root) {
            root = parent.get(root);
        }
        long v = u;
        while (v != root) {
            long next = parent.get(v);
            parent.put(v, root);
            v = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            // the smaller id becomes the root, so the root is the component's minimum
            if (ra < rb) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
