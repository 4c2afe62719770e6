package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Objects;

import org.seislens.segy.internal.ChannelIo;

/**
 * A reusable buffer for a run of consecutive traces, or for one range of samples of each of them: read from a
 * {@link SegyReader} on one thread, decoded on another. {@link #read} fills it with raw bytes (whole traces in
 * one read when the range covers every sample, else the standard header and the sample range of each trace);
 * {@link #copyHeaders(TraceHeaderColumns)} hands the standard headers on and {@link #decodeSamples} writes the
 * samples in their {@link SampleFormat#storageDtype() storage dtype}. The direct buffer is allocated once, sized
 * by the caller's trace and sample limits, so memory is bounded however long the file's traces are.
 */
public final class TraceBatch {

    private final SegyLayout layout;
    private final int maxTraces;
    private final int maxSamples;
    private final ByteBuffer buffer;
    private long firstTrace;
    private int size;
    private int firstSample;
    private int sampleCount;
    private int slot;
    private int samplesInSlot;

    /**
     * @param layout the layout of the file the batch reads
     * @param maxTraces the most traces one read holds
     * @param maxSamples the most samples of each trace one read holds
     * @throws IllegalArgumentException if a limit is not positive, or the buffer would exceed 2 GiB
     */
    public TraceBatch(SegyLayout layout, int maxTraces, int maxSamples) {
        if (maxTraces <= 0 || maxSamples <= 0) {
            throw new IllegalArgumentException("bad batch limits: " + maxTraces + " traces, " + maxSamples + " samples");
        }
        this.layout = layout;
        this.maxTraces = maxTraces;
        this.maxSamples = Math.min(maxSamples, layout.samplesPerTrace());
        long bytes = bytes(layout, maxTraces, this.maxSamples);
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a batch of " + maxTraces + " traces of " + this.maxSamples
                    + " samples needs " + bytes + " bytes, more than a buffer holds");
        }
        this.buffer = ByteBuffer.allocateDirect((int) bytes).order(layout.byteOrder());
    }

    /**
     * @param layout a file layout
     * @param traces traces per batch
     * @param samples samples of each trace per batch
     * @return the bytes of buffer a batch of that size takes: whole traces when {@code samples} covers the
     *         trace, else a standard header and the sample range per trace
     */
    public static long bytes(SegyLayout layout, int traces, int samples) {
        long perTrace = samples >= layout.samplesPerTrace() ? layout.traceSize()
                : TraceHeaderField.HEADER_BYTES + (long) samples * layout.format().bytesPerSample();
        return traces * perTrace;
    }

    /**
     * Reads traces {@code first} to {@code first + traces - 1}, samples {@code fromSample} to
     * {@code fromSample + samples - 1} of each, replacing what the batch held.
     *
     * @param reader the open file this batch's layout belongs to
     * @param first the file index of the first trace
     * @param traces the number of traces, at most the batch's trace limit
     * @param fromSample the first sample of each trace
     * @param samples the number of samples of each trace, at most the batch's sample limit
     * @throws SegyFormatException if the file was shortened since it was opened
     * @throws IOException if reading fails
     * @throws IndexOutOfBoundsException if the traces or samples are outside the file or the batch's limits
     */
    public void read(SegyReader reader, long first, int traces, int fromSample, int samples)
            throws SegyFormatException, IOException {
        Objects.checkFromIndexSize(first, traces, layout.traceCount());
        Objects.checkFromIndexSize(fromSample, samples, layout.samplesPerTrace());
        if (traces > maxTraces || samples > maxSamples || traces <= 0 || samples <= 0) {
            throw new IndexOutOfBoundsException("read of " + traces + " traces of " + samples
                    + " samples in a batch of " + maxTraces + " x " + maxSamples);
        }
        this.firstTrace = first;
        this.size = traces;
        this.firstSample = fromSample;
        this.sampleCount = samples;
        int bytesPerSample = layout.format().bytesPerSample();
        if (samples == layout.samplesPerTrace()) {
            slot = layout.traceSize();
            samplesInSlot = layout.traceHeaderBytes();
            buffer.clear().limit(traces * slot);
            ChannelIo.readFully(layout.file(), reader.channel(), buffer, layout.traceOffset(first));
            return;
        }
        slot = TraceHeaderField.HEADER_BYTES + samples * bytesPerSample;
        samplesInSlot = TraceHeaderField.HEADER_BYTES;
        for (int i = 0; i < traces; i++) {
            long trace = layout.traceOffset(first + i);
            int at = i * slot;
            buffer.limit(at + TraceHeaderField.HEADER_BYTES).position(at);
            ChannelIo.readFully(layout.file(), reader.channel(), buffer, trace);
            buffer.limit(at + slot).position(at + samplesInSlot);
            ChannelIo.readFully(layout.file(), reader.channel(), buffer,
                    trace + layout.traceHeaderBytes() + (long) fromSample * bytesPerSample);
        }
    }

    /** @return the file index of the first trace read */
    public long firstTrace() {
        return firstTrace;
    }

    /** @return the number of traces read */
    public int size() {
        return size;
    }

    /** @return the first sample read of each trace */
    public int firstSample() {
        return firstSample;
    }

    /** @return the number of samples read of each trace */
    public int sampleCount() {
        return sampleCount;
    }

    /** @return the sample format of the raw samples */
    public SampleFormat format() {
        return layout.format();
    }

    /**
     * Appends the standard header of every trace read to {@code columns}, raw; the columns decode them.
     *
     * @param columns columns with room for {@link #size()} more traces
     * @throws IllegalStateException if they have too little room
     */
    public void copyHeaders(TraceHeaderColumns columns) {
        if (columns.remaining() < size) {
            throw new IllegalStateException(size + " headers do not fit in " + columns.remaining());
        }
        for (int i = 0; i < size; i++) {
            columns.append(buffer, i * slot);
        }
    }

    /**
     * Decodes the samples read into their storage dtype, little-endian, trace after trace:
     * trace {@code i}'s samples start at {@code offset + i * sampleCount() * format().storageBytes()}.
     *
     * @param destination a little-endian buffer
     * @param offset the byte offset in {@code destination} of the first value
     * @return the number of bytes written
     * @throws IndexOutOfBoundsException if the destination is too small
     */
    public int decodeSamples(ByteBuffer destination, int offset) {
        return decodeSamples(destination, offset, 0, sampleCount);
    }

    /**
     * Decodes part of the samples read into their storage dtype, little-endian, trace after trace: samples
     * {@code from} to {@code from + count - 1} of the range read, trace {@code i}'s starting at
     * {@code offset + i * count * format().storageBytes()}. So a caller cutting the batch into chunks along the
     * sample axis decodes each chunk straight into its own buffer.
     *
     * @param destination a little-endian buffer
     * @param offset the byte offset in {@code destination} of the first value
     * @param from the first sample to decode, counted from {@link #firstSample()}
     * @param count the number of samples of each trace to decode
     * @return the number of bytes written
     * @throws IndexOutOfBoundsException if the destination is too small or the range is outside what was read
     */
    public int decodeSamples(ByteBuffer destination, int offset, int from, int count) {
        Objects.checkFromIndexSize(from, count, sampleCount);
        SampleFormat format = layout.format();
        int stored = count * format.storageBytes();
        int skip = from * format.bytesPerSample();
        int at = offset;
        for (int i = 0; i < size; i++) {
            at += SampleCodec.toStorage(format, buffer, i * slot + samplesInSlot + skip, destination, at, count);
        }
        return size * stored;
    }
}
