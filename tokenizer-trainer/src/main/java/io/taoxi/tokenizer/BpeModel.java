package io.taoxi.tokenizer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A byte-level BPE model: vocabulary and ranked merges (an operator: immutable, thread-safe).
 *
 * <p>A pre-token's UTF-8 bytes start as one symbol each (the vocabulary id of the byte's
 * {@link ByteLevel} character); then, as in Hugging Face's {@code Word::merge_all}, the adjacent pair with
 * the lowest merge rank is merged, the leftmost one on a tie, until no adjacent pair has a merge. With
 * {@code ignoreMerges} (Llama 3) a pre-token that is itself in the vocabulary is emitted as one id first.
 */
public final class BpeModel {
    private static final long NONE = -1L;
    private final String[] idToToken;
    private final Map<String, Integer> vocab;
    private final int[] byteToId = new int[256];
    /** (left id, right id) → (rank, merged id). */
    private final LongLongMap merges;
    private final int mergeCount;
    private final boolean ignoreMerges;

    /**
     * @param vocab        byte-level token string → id
     * @param merges       pairs of byte-level token strings, by rank (index 0 = first merge)
     * @param ignoreMerges HF's {@code ignore_merges}: look the whole pre-token up in the vocabulary first
     */
    public BpeModel(Map<String, Integer> vocab, List<String[]> merges, boolean ignoreMerges) {
        this.vocab = new java.util.HashMap<>(vocab); // Map.copyOf probes badly on 150k keys
        int max = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.idToToken = new String[max + 1];
        vocab.forEach((t, id) -> idToToken[id] = t);
        for (int b = 0; b < 256; b++) {
            Integer id = vocab.get(String.valueOf(ByteLevel.charOf(b)));
            if (id == null) {
                throw new IllegalArgumentException("vocabulary lacks the byte-level token for byte " + b
                        + " ('" + ByteLevel.charOf(b) + "'): not a byte-level BPE vocabulary");
            }
            byteToId[b] = id;
        }
        this.merges = new LongLongMap(merges.size());
        for (int rank = 0; rank < merges.size(); rank++) {
            String[] m = merges.get(rank);
            Integer a = vocab.get(m[0]);
            Integer b = vocab.get(m[1]);
            Integer ab = vocab.get(m[0] + m[1]);
            if (a == null || b == null || ab == null) {
                throw new IllegalArgumentException("merge " + rank + " (" + m[0] + " " + m[1] + ") uses a token not in the vocabulary");
            }
            long key = pair(a, b);
            this.merges.put(key, ((long) rank << 32) | ab); // as HF's map: a repeated merge keeps its last rank
        }
        this.mergeCount = merges.size();
        this.ignoreMerges = ignoreMerges;
    }

    static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /** Number of ids (largest id + 1) of the BPE vocabulary, added tokens excluded. */
    public int size() {
        return idToToken.length;
    }

    public int mergeCount() {
        return mergeCount;
    }

    public boolean ignoreMerges() {
        return ignoreMerges;
    }

    /** Byte-level token string of an id, or null. */
    public String token(int id) {
        return id >= 0 && id < idToToken.length ? idToToken[id] : null;
    }

    /** Id of a byte-level token string, or null. */
    public Integer id(String token) {
        return vocab.get(token);
    }

    Map<String, Integer> vocab() {
        return vocab;
    }

    /** Merges as (left, right) token strings by rank. */
    List<String[]> merges() {
        String[][] out = new String[mergeCount][];
        // rebuild from the map: left/right ids are recovered from the key
        long[][] entries = new long[mergeCount][];
        forEachMerge((left, right, rank, merged) -> entries[rank] = new long[] {left, right});
        for (int r = 0; r < mergeCount; r++) {
            if (entries[r] != null) {
                out[r] = new String[] {idToToken[(int) entries[r][0]], idToToken[(int) entries[r][1]]};
            }
        }
        return Arrays.stream(out).filter(x -> x != null).toList();
    }

    interface MergeVisitor {
        void visit(int left, int right, int rank, int merged);
    }

    void forEachMerge(MergeVisitor v) {
        merges.forEach((k, val) -> v.visit((int) (k >>> 32), (int) k, (int) (val >>> 32), (int) val));
    }

    /** Id of the single byte {@code b}. */
    int byteId(int b) {
        return byteToId[b & 0xFF];
    }

    private int rank(int a, int b) {
        long v = merges.get(pair(a, b), NONE);
        return v == NONE ? Integer.MAX_VALUE : (int) (v >>> 32);
    }

    /**
     * Encodes one pre-token given as UTF-8 bytes {@code bytes[0, n)}; returns the ids.
     * {@code scratch} is reused between calls (not thread-safe; one per thread).
     */
    int[] encodeWord(byte[] bytes, int n, Scratch scratch) {
        if (n == 0) {
            return new int[0];
        }
        if (ignoreMerges && n > 1) {
            Integer whole = vocab.get(ByteLevel.encode(bytes, 0, n));
            if (whole != null) {
                return new int[] {whole};
            }
        }
        scratch.ensure(n);
        int[] sym = scratch.sym;
        for (int i = 0; i < n; i++) {
            sym[i] = byteToId[bytes[i] & 0xFF];
        }
        return n <= 48 ? mergeSmall(sym, n, scratch) : mergeHeap(sym, n, scratch);
    }

    /** Quadratic merge loop over an array: fastest for short pre-tokens. */
    private int[] mergeSmall(int[] sym, int n, Scratch scratch) {
        int[] ranks = scratch.ranks;
        for (int i = 0; i + 1 < n; i++) {
            ranks[i] = rank(sym[i], sym[i + 1]);
        }
        while (n > 1) {
            int best = Integer.MAX_VALUE;
            int at = -1;
            for (int i = 0; i + 1 < n; i++) {
                if (ranks[i] < best) {
                    best = ranks[i];
                    at = i;
                }
            }
            if (at < 0) {
                break;
            }
            sym[at] = (int) merges.get(pair(sym[at], sym[at + 1]), NONE);
            System.arraycopy(sym, at + 2, sym, at + 1, n - at - 2);
            System.arraycopy(ranks, at + 2, ranks, at + 1, Math.max(0, n - at - 3));
            n--;
            if (at > 0) {
                ranks[at - 1] = rank(sym[at - 1], sym[at]);
            }
            if (at + 1 < n) {
                ranks[at] = rank(sym[at], sym[at + 1]);
            }
        }
        return Arrays.copyOf(sym, n);
    }

    /**
     * HF's algorithm for long pre-tokens: symbols in a linked list, a min-heap of (rank, position) entries,
     * stale entries dropped when popped (the pair now at that position has another rank or is gone).
     */
    private int[] mergeHeap(int[] sym, int n, Scratch scratch) {
        int[] next = scratch.next;
        int[] prev = scratch.prev;
        for (int i = 0; i < n; i++) {
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }
        LongHeap heap = scratch.heap;
        heap.clear();
        for (int i = 0; i + 1 < n; i++) {
            int r = rank(sym[i], sym[i + 1]);
            if (r != Integer.MAX_VALUE) {
                heap.push(((long) r << 32) | i);
            }
        }
        boolean[] dead = scratch.dead;
        Arrays.fill(dead, 0, n, false);
        int alive = n;
        while (!heap.isEmpty()) {
            long top = heap.pop();
            int r = (int) (top >>> 32);
            int pos = (int) top;
            if (dead[pos] || next[pos] < 0) {
                continue;
            }
            int nx = next[pos];
            long v = merges.get(pair(sym[pos], sym[nx]), NONE);
            if (v == NONE || (int) (v >>> 32) != r) {
                continue;
            }
            sym[pos] = (int) v;
            dead[nx] = true;
            alive--;
            next[pos] = next[nx];
            if (next[nx] >= 0) {
                prev[next[nx]] = pos;
            }
            if (prev[pos] >= 0) {
                int pr = rank(sym[prev[pos]], sym[pos]);
                if (pr != Integer.MAX_VALUE) {
                    heap.push(((long) pr << 32) | prev[pos]);
                }
            }
            if (next[pos] >= 0) {
                int nr = rank(sym[pos], sym[next[pos]]);
                if (nr != Integer.MAX_VALUE) {
                    heap.push(((long) nr << 32) | pos);
                }
            }
        }
        int[] out = new int[alive];
        int k = 0;
        for (int i = 0; i >= 0; i = next[i]) {
            out[k++] = sym[i];
        }
        return out;
    }

    /** Per-thread working arrays for {@link #encodeWord}. */
    static final class Scratch {
        int[] sym = new int[64];
        int[] ranks = new int[64];
        int[] next = new int[64];
        int[] prev = new int[64];
        boolean[] dead = new boolean[64];
        final LongHeap heap = new LongHeap();

        void ensure(int n) {
            if (sym.length < n) {
                int c = Integer.highestOneBit(n) << 1;
                sym = new int[c];
                ranks = new int[c];
                next = new int[c];
                prev = new int[c];
                dead = new boolean[c];
            }
        }
    }

    /** Binary min-heap of longs. */
    static final class LongHeap {
        private long[] a = new long[64];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(long v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (a[p] <= v) {
                    break;
                }
                a[i] = a[p];
                i = p;
            }
            a[i] = v;
        }

        long pop() {
            long top = a[0];
            long v = a[--size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    break;
                }
                int c = (l + 1 < size && a[l + 1] < a[l]) ? l + 1 : l;
                if (a[c] >= v) {
                    break;
                }
                a[i] = a[c];
                i = c;
            }
            a[i] = v;
            return top;
        }
    }
}
