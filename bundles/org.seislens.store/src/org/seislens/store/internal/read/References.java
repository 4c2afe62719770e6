package org.seislens.store.internal.read;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts who holds a pooled buffer of a cached value: the cache holds the first reference, each reader takes one
 * more while it copies out. When the last is given back the buffer may return to its pool; after that no
 * reference can be taken again, so a reader that lost the race asks the cache again.
 */
final class References {

    private final AtomicInteger count = new AtomicInteger(1);
    private final String what;

    /**
     * @param what the kind of value counted, for the message of an unbalanced release
     */
    References(String what) {
        this.what = what;
    }

    /**
     * Takes a reference for reading.
     *
     * @return {@code false} when the value was already released for good
     */
    boolean retain() {
        while (true) {
            int n = count.get();
            if (n <= 0) {
                return false;
            }
            if (count.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /**
     * Gives back a reference.
     *
     * @return whether it was the last one: the buffer may go back to its pool
     * @throws IllegalStateException when released more often than retained
     */
    boolean release() {
        int n = count.decrementAndGet();
        if (n < 0) {
            throw new IllegalStateException(what + " released more often than retained"); //$NON-NLS-1$
        }
        return n == 0;
    }
}
