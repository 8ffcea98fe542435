package io.taoxi.tokenizer;

/**
 * Open-addressing {@code long → long} hash map (infrastructure); keys must not be {@link #EMPTY}. Key and
 * value sit side by side in one array, so a lookup touches one cache line.
 */
final class LongLongMap {
    static final long EMPTY = Long.MIN_VALUE;
    private long[] slots; // key, value, key, value, ...
    private int size;
    private int mask; // over slot pairs

    LongLongMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 4 / 3)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        slots = new long[cap * 2];
        for (int i = 0; i < slots.length; i += 2) {
            slots[i] = EMPTY;
        }
        mask = cap - 1;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Value for {@code key}, or {@code missing}. */
    long get(long key, long missing) {
        long[] s = slots;
        int i = hash(key) & mask;
        while (true) {
            long k = s[2 * i];
            if (k == key) {
                return s[2 * i + 1];
            }
            if (k == EMPTY) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, long value) {
        add(key, value, true);
    }

    /** Adds {@code delta} to the value of {@code key} (absent = 0) and returns the new value. */
    long add(long key, long delta) {
        return add(key, delta, false);
    }

    private long add(long key, long v, boolean replace) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        int i = hash(key) & mask;
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return slots[2 * i + 1] = replace ? v : slots[2 * i + 1] + v;
            }
            if (k == EMPTY) {
                slots[2 * i] = key;
                slots[2 * i + 1] = v;
                if (++size * 4 > (mask + 1) * 3) {
                    grow();
                }
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        allocate((mask + 1) * 2);
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                add(old[i], old[i + 1], true);
            }
        }
    }

    interface Visitor {
        void visit(long key, long value);
    }

    void forEach(Visitor v) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                v.visit(slots[i], slots[i + 1]);
            }
        }
    }
}
