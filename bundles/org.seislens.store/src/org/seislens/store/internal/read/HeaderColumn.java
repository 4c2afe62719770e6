package org.seislens.store.internal.read;

import org.seislens.core.CacheValue;

/**
 * All values of one trace header column of a dataset, held in the shared cache so that header columns
 * count against the same memory budget as samples.
 *
 * @param name the column name
 * @param values one value per trace
 */
record HeaderColumn(String name, int[] values) implements CacheValue {

    @Override
    public long byteSize() {
        return 16L + 4L * values.length + 24L;
    }

    /**
     * Cache key part of a header column.
     *
     * @param name the column name
     */
    record Key(String name) {
    }
}
