package org.seislens.core;

/**
 * A value that the shared {@link DataCache} can hold: it knows how many bytes of heap it takes, so that
 * the cache can keep its byte budget exactly.
 */
public interface CacheValue {

    /** @return the bytes of heap this value takes; constant for the value's life, not negative */
    long byteSize();
}
