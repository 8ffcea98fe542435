package io.taoxi.tokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Byte-level BPE training over counted pre-tokens (an operator: deterministic, single-threaded, no I/O).
 *
 * <p>Input: distinct pre-tokens with their counts (from {@link PreTokenCounter} or a Spark count). Each
 * pre-token's UTF-8 bytes start as byte symbols; the 256 byte tokens get ids 0..255 in
 * {@link ByteLevel} order. Then, until the regular vocabulary has {@link Spec#vocabSize()} tokens or no
 * pair occurs {@link Spec#minPairCount()} times:
 * <ol>
 *   <li>take the most frequent adjacent pair from a priority queue; an entry whose count is stale (the
 *       pair's count went down since it was queued) is re-queued with the current count (lazy
 *       invalidation);</li>
 *   <li>merge it in every word of the pair → words index (left to right, non-overlapping, as in HF's
 *       {@code Word::merge}), updating pair counts by the word's count for each neighbour pair that
 *       disappears or appears, and indexing the words under the new pairs;</li>
 *   <li>queue the new pairs with their counts.</li>
 * </ol>
 * Pair counts are {@code long}: HF's trainer keeps them in {@code i32}, which overflows on web-scale counts.
 *
 * <p><b>Tie-break</b> (deterministic, HF's rule): the highest count wins; among equal counts the pair with
 * the smaller left id, then the smaller right id. Ids: bytes 0..255 in byte-to-unicode order, merged tokens
 * in the order they were created. If a merge produces a string that is already a token (e.g. "ab"+"c" after
 * "a"+"bc"), the merge is recorded and the existing id reused, as HF does.
 *
 * <p>Output: {@link TrainedBpe}, in Qwen2's {@code tokenizer.json} layout, special tokens after the regular
 * vocabulary.
 */
public final class BpeTrainer {

    /**
     * @param vocabSize     regular tokens wanted, the 256 byte tokens included (Qwen2: 151,643); 256..2^30
     * @param minPairCount  stop when the best pair occurs fewer times (≥ 1)
     * @param specialTokens added after the regular vocabulary, in this order (e.g. {@code <|endoftext|>})
     * @param preTokenization what the counts were made with; written into tokenizer.json
     */
    public record Spec(int vocabSize, long minPairCount, List<String> specialTokens, PreTokenization preTokenization) {
        public Spec {
            if (vocabSize < 256 || vocabSize > (1 << 30)) {
                throw new IllegalArgumentException("vocab_size = " + vocabSize + " (allowed: 256..1073741824, the 256 byte tokens included)");
            }
            if (minPairCount < 1) {
                throw new IllegalArgumentException("min_pair_count = " + minPairCount + " (allowed: ≥ 1)");
            }
            specialTokens = List.copyOf(specialTokens);
            for (String s : specialTokens) {
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("special_tokens holds an empty string");
                }
            }
            if (specialTokens.stream().distinct().count() != specialTokens.size()) {
                throw new IllegalArgumentException("special_tokens holds duplicates: " + specialTokens);
            }
            Objects.requireNonNull(preTokenization, "preTokenization");
        }

        /** Qwen2's layout: its pre-tokenization, {@code <|endoftext|>}, min pair count 2. */
        public static Spec qwen2(int vocabSize) {
            return new Spec(vocabSize, 2, List.of("<|endoftext|>"), PreTokenization.qwen2());
        }
    }

    /** Progress callback, e.g. for logging every 1,000 merges. */
    @FunctionalInterface
    public interface Progress {
        void merged(int mergesDone, long pairCount);
    }

    private BpeTrainer() {}

    /** Trains on {@code counts} (pre-token → count; counts ≤ 0 are ignored). */
    public static TrainedBpe train(Map<String, Long> counts, Spec spec) {
        return train(counts, spec, (m, c) -> { });
    }

    public static TrainedBpe train(Map<String, Long> counts, Spec spec, Progress progress) {
        // deterministic word order: sort the pre-tokens (ids and results do not depend on map order anyway,
        // but word indices then do not either)
        String[] keys = counts.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int[] byteToId = new int[256];
        for (int i = 0; i < 256; i++) {
            byteToId[ByteLevel.BYTES_IN_ORDER[i]] = i;
        }
        int[][] words = new int[keys.length][];
        long[] wordCounts = new long[keys.length];
        int n = 0;
        for (String k : keys) {
            long c = counts.get(k);
            if (c <= 0) {
                continue;
            }
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            if (b.length < 2) {
                continue; // nothing to merge
            }
            int[] w = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                w[i] = byteToId[b[i] & 0xFF];
            }
            words[n] = w;
            wordCounts[n++] = c;
        }
        return new Run(Arrays.copyOf(words, n), Arrays.copyOf(wordCounts, n), spec, progress).run();
    }

    /** The merge loop's state. */
    private static final class Run {
        final int[][] words;
        final int[] lengths;
        final long[] counts;
        final Spec spec;
        final Progress progress;
        final LongLongMap pairCounts = new LongLongMap(1 << 16);
        /** pair → handle into {@link #index}. */
        final LongLongMap pairIndex = new LongLongMap(1 << 16);
        final IntLists index = new IntLists();
        final PairHeap heap = new PairHeap();
        final List<String> tokens = new ArrayList<>();
        final Map<String, Integer> tokenIds = new HashMap<>();
        final List<int[]> merges = new ArrayList<>();
        final int[] lastVisit;

        Run(int[][] words, long[] counts, Spec spec, Progress progress) {
            this.words = words;
            this.counts = counts;
            this.spec = spec;
            this.progress = progress;
            this.lengths = new int[words.length];
            this.lastVisit = new int[words.length];
            Arrays.fill(lastVisit, -1);
            for (int i = 0; i < 256; i++) {
                String t = String.valueOf(ByteLevel.charOf(ByteLevel.BYTES_IN_ORDER[i]));
                tokens.add(t);
                tokenIds.put(t, i);
            }
        }

        TrainedBpe run() {
            for (int w = 0; w < words.length; w++) {
                int[] s = words[w];
                lengths[w] = s.length;
                for (int i = 0; i + 1 < s.length; i++) {
                    long p = BpeModel.pair(s[i], s[i + 1]);
                    pairCounts.add(p, counts[w]);
                    addToIndex(p, w);
                }
            }
            pairCounts.forEach((p, c) -> heap.push(c, p));
            LongLongMap changed = new LongLongMap(64);
            int step = 0;
            while (tokens.size() < spec.vocabSize() && !heap.isEmpty()) {
                long count = heap.topCount();
                long pair = heap.topPair();
                heap.pop();
                long current = pairCounts.get(pair, 0);
                if (current != count) {
                    if (current > 0) {
                        heap.push(current, pair); // stale: count went down since queued
                    }
                    continue;
                }
                if (count < spec.minPairCount()) {
                    break;
                }
                int a = (int) (pair >>> 32);
                int b = (int) pair;
                String merged = tokens.get(a) + tokens.get(b);
                Integer existing = tokenIds.get(merged);
                int z;
                if (existing != null) {
                    z = existing;
                } else {
                    z = tokens.size();
                    tokens.add(merged);
                    tokenIds.put(merged, z);
                }
                merges.add(new int[] {a, b});
                changed = new LongLongMap(64);
                mergeEverywhere(a, b, z, pair, step, changed);
                pairCounts.put(pair, 0);
                final LongLongMap newPairs = changed;
                newPairs.forEach((p, ignored) -> {
                    long c = pairCounts.get(p, 0);
                    if (c > 0) {
                        heap.push(c, p);
                    }
                });
                step++;
                progress.merged(step, count);
            }
            return new TrainedBpe(tokens, merges, spec);
        }

        private void mergeEverywhere(int a, int b, int z, long pair, int step, LongLongMap newPairs) {
            long handle = pairIndex.get(pair, -1);
            if (handle < 0) {
                return;
            }
            int list = (int) handle;
            int size = index.size(list);
            for (int k = 0; k < size; k++) {
                int w = index.get(list, k);
                if (lastVisit[w] == step) {
                    continue;
                }
                lastVisit[w] = step;
                mergeWord(w, a, b, z, newPairs);
            }
            index.free(list);
            pairIndex.put(pair, -1);
        }

        /** HF's Word::merge: left to right, non-overlapping; count changes go to pairCounts. */
        private void mergeWord(int w, int a, int b, int z, LongLongMap newPairs) {
            int[] s = words[w];
            int len = lengths[w];
            long c = counts[w];
            int i = 0;
            int out = 0;
            while (i < len) {
                if (s[i] == a && i + 1 < len && s[i + 1] == b) {
                    if (out > 0) {
                        int prev = s[out - 1];
                        pairCounts.add(BpeModel.pair(prev, a), -c);
                        long np = BpeModel.pair(prev, z);
                        pairCounts.add(np, c);
                        addToIndex(np, w);
                        newPairs.put(np, 1);
                    }
                    if (i + 2 < len) {
                        int next = s[i + 2];
                        pairCounts.add(BpeModel.pair(b, next), -c);
                        long np = BpeModel.pair(z, next);
                        pairCounts.add(np, c);
                        addToIndex(np, w);
                        newPairs.put(np, 1);
                    }
                    s[out++] = z;
                    i += 2;
                } else {
                    s[out++] = s[i++];
                }
            }
            lengths[w] = out;
        }

        private void addToIndex(long p, int w) {
            long handle = pairIndex.get(p, -1);
            int list;
            if (handle < 0) {
                list = index.allocate();
                pairIndex.put(p, list);
            } else {
                list = (int) handle;
            }
            // words are visited in increasing order while counting, and one merge adds one word at a time:
            // skip an immediate repeat (same word, same pair twice)
            int sz = index.size(list);
            if (sz == 0 || index.get(list, sz - 1) != w) {
                index.add(list, w);
            }
        }
    }

    /** Growable int lists addressed by handle, with recycling of freed lists. */
    static final class IntLists {
        private int[][] data = new int[1024][];
        private int[] sizes = new int[1024];
        private int count;
        private final ArrayList<Integer> free = new ArrayList<>();

        int allocate() {
            int h;
            if (!free.isEmpty()) {
                h = free.remove(free.size() - 1);
            } else {
                if (count == data.length) {
                    data = Arrays.copyOf(data, count * 2);
                    sizes = Arrays.copyOf(sizes, count * 2);
                }
                h = count++;
            }
            data[h] = new int[2];
            sizes[h] = 0;
            return h;
        }

        void add(int h, int v) {
            int[] d = data[h];
            if (sizes[h] == d.length) {
                d = data[h] = Arrays.copyOf(d, d.length * 2);
            }
            d[sizes[h]++] = v;
        }

        int size(int h) {
            return sizes[h];
        }

        int get(int h, int i) {
            return data[h][i];
        }

        void free(int h) {
            data[h] = null;
            sizes[h] = 0;
            free.add(h);
        }
    }

    /**
     * Max-heap of (count, pair): higher count first; on equal counts the smaller pair (left id, then right
     * id, i.e. the smaller packed long since ids are non-negative).
     */
    static final class PairHeap {
        private long[] counts = new long[1024];
        private long[] pairs = new long[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        long topCount() {
            return counts[0];
        }

        long topPair() {
            return pairs[0];
        }

        private static boolean before(long c1, long p1, long c2, long p2) {
            return c1 != c2 ? c1 > c2 : p1 < p2;
        }

        void push(long c, long p) {
            if (size == counts.length) {
                counts = Arrays.copyOf(counts, size * 2);
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(c, p, counts[parent], pairs[parent])) {
                    break;
                }
                counts[i] = counts[parent];
                pairs[i] = pairs[parent];
                i = parent;
            }
            counts[i] = c;
            pairs[i] = p;
        }

        void pop() {
            long c = counts[--size];
            long p = pairs[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    break;
                }
                int m = (l + 1 < size && before(counts[l + 1], pairs[l + 1], counts[l], pairs[l])) ? l + 1 : l;
                if (!before(counts[m], pairs[m], c, p)) {
                    break;
                }
                counts[i] = counts[m];
                pairs[i] = pairs[m];
                i = m;
            }
            counts[i] = c;
            pairs[i] = p;
        }
    }
}
