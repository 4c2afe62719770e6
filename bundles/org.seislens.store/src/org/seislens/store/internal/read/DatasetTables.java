package org.seislens.store.internal.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.seislens.core.CacheKey;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.TraceHeaders;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * The tables of an open dataset: header columns, cached whole under (dataset, column) in the shared cache
 * and counted against its budget, and ensemble indexes, read on first use and kept by the handle.
 */
final class DatasetTables {

    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final DataCache cache;
    private final long traceCount;
    private final Map<String, EnsembleIndex> ensembles = new HashMap<>();

    /**
     * @param descriptor the dataset
     * @param cacheId its identity in the cache
     * @param cache the shared cache
     */
    DatasetTables(DatasetDescriptor descriptor, String cacheId, DataCache cache) {
        this.descriptor = descriptor;
        this.cacheId = cacheId;
        this.cache = cache;
        this.traceCount = descriptor.traceCount();
    }

    /**
     * @param key an ensemble key of the dataset
     * @param monitor cancellation of a first read
     * @return its index, read on first use
     * @throws DatasetException naming the index file if the dataset has none for the key or it cannot be read
     */
    EnsembleIndex index(String key, IProgressMonitor monitor) throws DatasetException {
        DatasetLayout layout = new DatasetLayout(descriptor.location());
        if (!descriptor.hasEnsembleKey(key)) {
            Path missing = DatasetLayout.isKeyName(key) ? layout.ensembleIndex(key) : layout.ensembles();
            throw new DatasetException(missing, "no ensemble index for key " + key + " (indexed: " //$NON-NLS-1$ //$NON-NLS-2$
                    + descriptor.ensembleKeys() + ")"); //$NON-NLS-1$
        }
        // Keys come from metadata.json, checked when the dataset was opened; this is the layout's own guard.
        Path file = layout.inside(layout.ensembleIndex(key));
        // One index read at a time per handle: concurrent first uses of a key read it once.
        synchronized (ensembles) {
            EnsembleIndex index = ensembles.get(key);
            if (index == null) {
                index = EnsembleIndex.read(file, key, traceCount, monitor);
                ensembles.put(key, index);
            }
            return index;
        }
    }

    /**
     * @param traceIndices dataset indices of the traces
     * @param columns header columns
     * @param monitor cancellation
     * @return the values of the columns for the traces
     * @throws DatasetException naming headers.parquet if a column is missing or unreadable
     */
    TraceHeaders headers(long[] traceIndices, List<String> columns, IProgressMonitor monitor)
            throws DatasetException {
        for (long t : traceIndices) {
            if (t < 0 || t >= traceCount) {
                throw new IllegalArgumentException("Trace " + t + " is outside dataset " + descriptor.location() //$NON-NLS-1$ //$NON-NLS-2$
                        + " of " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        long[][] values = new long[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = columns.get(c);
            long[] out = new long[traceIndices.length];
            if (DatasetLayout.TRACE_INDEX.equals(name)) {
                System.arraycopy(traceIndices, 0, out, 0, out.length);
            } else {
                int[] column = headerColumn(name, monitor).values();
                for (int i = 0; i < out.length; i++) {
                    out[i] = column[(int) traceIndices[i]];
                }
            }
            values[c] = out;
        }
        return new TraceHeaders(columns, traceIndices.clone(), values);
    }

    private HeaderColumn headerColumn(String name, IProgressMonitor monitor) throws DatasetException {
        Path file = new DatasetLayout(descriptor.location()).headers();
        if (!descriptor.headerColumns().contains(name)) {
            throw new DatasetException(file, "has no header column " + name + " (columns: " //$NON-NLS-1$ //$NON-NLS-2$
                    + descriptor.headerColumns() + ")"); //$NON-NLS-1$
        }
        return cache.get(new CacheKey(cacheId, new HeaderColumn.Key(name)), m -> {
            try (ParquetColumnReader r = ParquetColumnReader.open(file, traceCount)) {
                if (r.rows() != traceCount) {
                    throw new DatasetException(file, "has " + r.rows() + " rows for " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                int[] values = r.readInts(name, m);
                cache.recordBytesRead(r.storedBytes(name));
                return new HeaderColumn(name, values);
            }
        }, monitor);
    }

    /** @return bytes of heap the ensemble indexes hold */
    long byteSize() {
        long bytes = 0;
        synchronized (ensembles) {
            for (EnsembleIndex index : ensembles.values()) {
                bytes += index.byteSize();
            }
        }
        return bytes;
    }

    /** Lets go of the ensemble indexes. */
    void clear() {
        synchronized (ensembles) {
            ensembles.clear();
        }
    }
}
