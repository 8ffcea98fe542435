package io.taoxi.filters.quality;

/**
 * Infrastructure: an open-addressing map from a 64-bit n-gram hash to its count and first position, for
 * the repetition signals. Not thread safe; one per computation. With 64-bit hashes a collision among the
 * at most a few hundred thousand n-grams of one (capped) document has probability below 1e-8.
 */
final class HashCounts {
    private long[] keys;
    private int[] counts;
    private int[] firstPositions;
    private boolean[] used;
    private int size;

    HashCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
        firstPositions = new int[capacity];
        used = new boolean[capacity];
    }

    /** Adds one occurrence at {@code position}; returns the count after adding. */
    int add(long key, int position) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return ++counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        counts[slot] = 1;
        firstPositions[slot] = position;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 1;
    }

    int count(long key) {
        int mask = keys.length - 1;
        int slot = (int) mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return counts[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** Visits every key with its count and first position. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                visitor.visit(keys[i], counts[i], firstPositions[i]);
            }
        }
    }

    interface Visitor {
        void visit(long key, int count, int firstPosition);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        int[] oldFirst = firstPositions;
        boolean[] oldUsed = used;
        int capacity = oldKeys.length * 2;
        keys = new long[capacity];
        counts = new int[capacity];
        firstPositions = new int[capacity];
        used = new boolean[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = (int) mix(oldKeys[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                firstPositions[slot] = oldFirst[i];
            }
        }
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit hash of a string (FNV-1a over UTF-16 units, then mixed). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }
}
