package org.seislens.core;

/**
 * Identifies one entry of the shared {@link DataCache}: which dataset it belongs to, and which part of it.
 * The part is a value with a meaningful {@code equals}, usually a record, such as the coordinates of a
 * chunk or the bounds of a window.
 *
 * @param dataset the dataset's cache identity, see {@link Dataset#cacheId()}; invalidation goes by it
 * @param part which part of the dataset; a record or another immutable value
 */
public record CacheKey(String dataset, Object part) {
}
