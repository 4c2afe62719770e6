package org.seislens.segy;

import java.nio.ByteBuffer;

/**
 * One trace read on its own by {@link SegyReader#readTrace(long)}: read-only buffers in the file's byte
 * order, each starting at index 0.
 *
 * @param index the trace index in the file
 * @param header the standard 240-byte trace header
 * @param additionalHeaders the rev 2 additional 240-byte trace headers, empty for most files
 * @param samples the raw samples
 * @param format the sample format
 */
public record Trace(long index, ByteBuffer header, ByteBuffer additionalHeaders, ByteBuffer samples,
        SampleFormat format) {

    /** @return the number of samples */
    public int sampleCount() {
        return samples.capacity() / format.bytesPerSample();
    }

    /** @return the samples decoded to {@code float} */
    public float[] toFloats() {
        float[] values = new float[sampleCount()];
        SampleCodec.toFloat(format, samples, 0, values, 0, values.length);
        return values;
    }

    /** @return the samples decoded to {@code double} */
    public double[] toDoubles() {
        double[] values = new double[sampleCount()];
        SampleCodec.toDouble(format, samples, 0, values, 0, values.length);
        return values;
    }
}
