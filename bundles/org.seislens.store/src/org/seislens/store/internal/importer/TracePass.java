package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.SubMonitor;
import org.seislens.core.SampleType;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TraceBatch;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;
import org.seislens.zarr.io.ZarrArray;

/**
 * The import's one pass over the traces. This thread only reads: each slab (a chunk-row of traces, or a band of
 * it, as the {@link SlabPlan} says) goes to the chunk writers, the raw headers of its first band to the header
 * thread in batches; both have the SEG-Y bundle decode them. Memory is the slabs' and batches' fixed pools.
 */
final class TracePass {

    /** Bytes of slabs in flight at most. */
    private static final long SLAB_MEMORY = 48L << 20;

    /**
     * What the pass found besides the data it wrote.
     *
     * @param statistics the amplitude statistics of every sample
     * @param sampleCountMismatches traces whose header sample count differs from the data's
     * @param sampleCountExample the first such count
     * @param keyDecreases how often the first ensemble key decreased from one trace to the next
     */
    record Result(AmplitudeStatistics statistics, long sampleCountMismatches, long sampleCountExample,
            long keyDecreases) {
    }

    private TracePass() {
    }

    /**
     * @param reader the source
     * @param plan how samples are cut into slabs and chunks
     * @param type the storage type
     * @param array the sample array to write
     * @param headers the header table to write
     * @param keys the ensemble keys
     * @param indexes one ensemble index builder per key
     * @param progress 900 ticks
     * @return what the pass found
     * @throws SegyFormatException if the source was shortened while it was read
     * @throws IOException if reading or writing fails
     */
    static Result run(SegyReader reader, SlabPlan plan, SampleType type, ZarrArray array, HeaderTableWriter headers,
            List<TraceHeaderField> keys, List<EnsembleIndexBuilder> indexes, SubMonitor progress)
            throws SegyFormatException, IOException {
        long traces = reader.layout().traceCount();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        int slabCount = (int) Math.max(threads + 1, Math.min(2L * threads + 2, SLAB_MEMORY / SlabPlan.SLAB_BYTES));
        try (SampleSlabWriter slabs = new SampleSlabWriter(array, reader.layout(), plan, type, threads, slabCount);
                HeaderBatchWriter headerWriter = new HeaderBatchWriter(headers, keys, indexes, plan.samples())) {
            TraceHeaderColumns batch = headerWriter.take(0);
            int ticksDone = 0;
            long chunkRow = 0;
            for (long first = 0; first < traces; first += plan.traceChunk(), chunkRow++) {
                int n = (int) Math.min(plan.traceChunk(), traces - first);
                for (int band = 0; band < plan.bands(); band++) {
                    TraceBatch slab = slabs.takeSlab();
                    slab.read(reader, first, n, plan.bandStart(band), plan.bandWidth(band));
                    if (band == 0) {
                        if (batch.remaining() < n) {
                            headerWriter.submit(batch);
                            batch = headerWriter.take(first);
                        }
                        slab.copyHeaders(batch);
                    }
                    slabs.submit(slab, chunkRow, plan.bandFirstChunk(band));
                }
                int ticks = (int) ((first + n) * 900 / traces);
                progress.split(ticks - ticksDone);
                if (ticks != ticksDone) {
                    progress.subTask(String.format(Locale.ROOT, "%,d of %,d traces", first + n, traces)); //$NON-NLS-1$
                }
                ticksDone = ticks;
            }
            headerWriter.submit(batch);
            headerWriter.finish();
            AmplitudeStatistics statistics = slabs.finish();
            return new Result(statistics, headerWriter.sampleCountMismatches(), headerWriter.sampleCountExample(),
                    headerWriter.keyDecreases());
        }
    }

    /**
     * Ends the pass's tables: another thread writes the header table's last pages and footer while this one
     * writes the ensemble indexes. In a fresh JVM both are mostly a first run of Parquet's code (class loading,
     * the interpreter), which two cores do at once instead of one after the other.
     *
     * @param headers the header table, closed here
     * @param indexes one ensemble index builder per key
     * @param directory where the indexes go, one {@code <key>.parquet} each
     * @return the number of ensembles of each index
     * @throws IOException if a table cannot be written
     */
    static List<Long> finish(HeaderTableWriter headers, List<EnsembleIndexBuilder> indexes, Path directory)
            throws IOException {
        ExecutorService closer = ImportThreads.pool(1, "Import tables"); //$NON-NLS-1$
        Future<?> closing = closer.submit(() -> {
            headers.close();
            return null;
        });
        try {
            List<Long> counts = new ArrayList<>();
            for (EnsembleIndexBuilder index : indexes) {
                index.write(directory.resolve(index.key() + ".parquet")); //$NON-NLS-1$
                counts.add((long) index.ensembleCount());
            }
            ImportThreads.result(closing);
            return counts;
        } finally {
            ImportThreads.stop(closer, List.of(closing));
        }
    }
}
