package org.seislens.core;

/**
 * The two bounds of the shared {@link DataCache}. Both hold at all times: an insert that would pass either
 * bound first evicts the least recently used entries.
 *
 * @param maxEntries the largest number of entries, at least 1
 * @param maxBytes the largest sum of {@link CacheValue#byteSize()} over all entries, at least 1
 */
public record CacheLimits(long maxEntries, long maxBytes) {

    /**
     * Checks that both bounds are positive.
     */
    public CacheLimits {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Cache limits must be positive: " + maxEntries + " entries, " //$NON-NLS-1$ //$NON-NLS-2$
                    + maxBytes + " bytes"); //$NON-NLS-1$
        }
    }
}
