package org.seislens.cache.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.seislens.core.CacheValue;

/** A cached value holding memory to give back: counts how often the cache closed it. */
final class HeldValue implements CacheValue, AutoCloseable {

    /** Which value it is, for a test that looks it up again. */
    final int id;
    /** How often {@link #close} was called. */
    final AtomicInteger closes = new AtomicInteger();
    private final long size;

    /**
     * @param id which value it is
     * @param size the value's byte size
     */
    HeldValue(int id, long size) {
        this.id = id;
        this.size = size;
    }

    @Override
    public long byteSize() {
        return size;
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
