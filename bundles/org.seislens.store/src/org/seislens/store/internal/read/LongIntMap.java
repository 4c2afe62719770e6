package org.seislens.store.internal.read;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values, without boxing:
 * the ensemble indexer calls it once per trace, so it must not allocate per call.
 */
public final class LongIntMap {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    /**
     * @param expected the number of keys expected; the map grows past it
     */
    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }

    /** @return the value of {@code key}, or -1 */
    public int get(long key) {
        int i = slot(key);
        while (values[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return EMPTY;
    }

    /** Maps {@code key} to {@code value}, which must be non-negative; the key must not be present. */
    public void putNew(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        while (values[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** @return the number of keys */
    public int size() {
        return size;
    }

    /** @return bytes held by the map's arrays */
    public long byteSize() {
        return keys.length * 12L;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, EMPTY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                putNew(oldKeys[i], oldValues[i]);
            }
        }
    }
}
