package org.seislens.store.internal.importer;

import org.seislens.core.SampleType;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.TraceBatch;
import org.seislens.segy.TraceHeaderField;

/**
 * How an import cuts the samples into chunks and into the slabs its workers write. A chunk is at most
 * {@link #TRACE_CHUNK} traces by {@link #MAX_SAMPLE_CHUNK} samples, whatever the trace length. A slab is one
 * chunk-row of traces, or, when whole traces would make it larger than {@link #SLAB_BYTES}, one band of that
 * row's chunks along the sample axis: so memory is bounded by a byte budget, never by the trace length, and
 * every size fits an {@code int}.
 *
 * @param traceChunk traces per chunk
 * @param slabTraces traces per slab: a chunk-row, or all traces when the file has fewer
 * @param sampleChunk samples per chunk
 * @param bandSamples samples of each trace per slab: all of them, or a multiple of {@code sampleChunk}
 * @param samples samples per trace
 */
public record SlabPlan(int traceChunk, int slabTraces, int sampleChunk, int bandSamples, int samples) {

    /**
     * Traces per chunk. Over a pan, what is read anew is the step times the chunks' sample extent whatever
     * the trace extent, so this only sets the number of chunk files: 128 keeps it half of what 64 made.
     */
    public static final int TRACE_CHUNK = 128;
    /**
     * Most samples per chunk; traces are split into equal parts no longer than this. Short enough that a
     * window of part of the trace length reads little beyond it: with 1500-sample traces (six parts of 250)
     * a 1000-sample window pans by a tenth while reading about 12 % of it anew, where halves of 750 made
     * every pan read whole traces, 15 %.
     */
    public static final int MAX_SAMPLE_CHUNK = 256;
    /** The most bytes one slab takes, raw or decoded. */
    static final long SLAB_BYTES = 8L << 20;

    /**
     * @param layout the source's layout
     * @param type the storage type
     * @return the plan for that source
     */
    static SlabPlan of(SegyLayout layout, SampleType type) {
        int samples = layout.samplesPerTrace();
        long parts = (samples + (long) MAX_SAMPLE_CHUNK - 1) / MAX_SAMPLE_CHUNK;
        int sampleChunk = (int) ((samples + parts - 1) / parts);
        int rows = (int) Math.max(1, Math.min(TRACE_CHUNK, layout.traceCount()));
        long perSample = Math.max(type.byteSize(), layout.format().bytesPerSample());
        long whole = Math.max(TraceBatch.bytes(layout, rows, samples), (long) rows * samples * type.byteSize());
        if (whole <= SLAB_BYTES) {
            return new SlabPlan(TRACE_CHUNK, rows, sampleChunk, samples, samples);
        }
        long perTrace = SLAB_BYTES / rows - TraceHeaderField.HEADER_BYTES;
        long columns = Math.max(1, perTrace / (sampleChunk * perSample));
        return new SlabPlan(TRACE_CHUNK, rows, sampleChunk, (int) Math.min(samples, columns * sampleChunk), samples);
    }

    /** @return the number of chunks along the sample axis */
    int sampleChunks() {
        return (int) ((samples + (long) sampleChunk - 1) / sampleChunk);
    }

    /** @return the number of slabs per chunk-row of traces */
    int bands() {
        return (int) ((samples + (long) bandSamples - 1) / bandSamples);
    }

    /**
     * @param band a band of one chunk-row
     * @return its first sample
     */
    int bandStart(int band) {
        return band * bandSamples;
    }

    /**
     * @param band a band of one chunk-row
     * @return its number of samples
     */
    int bandWidth(int band) {
        return Math.min(bandSamples, samples - bandStart(band));
    }

    /**
     * @param band a band of one chunk-row
     * @return the index along the sample axis of its first chunk
     */
    int bandFirstChunk(int band) {
        return bandStart(band) / sampleChunk;
    }
}
