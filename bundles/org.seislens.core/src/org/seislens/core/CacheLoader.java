package org.seislens.core;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Loads a value that the cache does not hold.
 *
 * @param <V> the value type
 */
@FunctionalInterface
public interface CacheLoader<V extends CacheValue> {

    /**
     * Loads the value, usually from storage. A loader that reads storage reports the bytes it read with
     * {@link DataCache#recordBytesRead(long)}.
     *
     * @param monitor cancellation
     * @return the value
     * @throws DatasetException if the storage cannot be read
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    V load(IProgressMonitor monitor) throws DatasetException;
}
