package org.seislens.segy;

import java.nio.ByteOrder;

/**
 * What a {@link SegyWriter} writes.
 *
 * @param kind SEG-Y (file header first) or Seismic Unix (traces only)
 * @param format the sample format; Seismic Unix needs {@link SampleFormat#IEEE_FLOAT32}
 * @param byteOrder the byte order of headers and samples
 * @param samplesPerTrace the number of samples in every trace
 * @param additionalTraceHeaders the number of rev 2 additional 240-byte headers after each standard one
 */
public record WriterSettings(FileKind kind, SampleFormat format, ByteOrder byteOrder, int samplesPerTrace,
        int additionalTraceHeaders) {

    /**
     * @param kind SEG-Y or Seismic Unix
     * @param format the sample format
     * @param byteOrder the byte order
     * @param samplesPerTrace samples per trace, at least 1
     * @param additionalTraceHeaders additional trace headers, 0 to 65535
     * @throws IllegalArgumentException if a setting is out of range or the format unsupported
     */
    public WriterSettings {
        if (!format.isSupported()) {
            throw new IllegalArgumentException("sample format " + format.code() + " cannot be written");
        }
        if (kind == FileKind.SU && (format != SampleFormat.IEEE_FLOAT32 || additionalTraceHeaders != 0)) {
            throw new IllegalArgumentException("Seismic Unix files hold IEEE floats and standard headers only");
        }
        if (samplesPerTrace < 1 || additionalTraceHeaders < 0 || additionalTraceHeaders > 0xFFFF) {
            throw new IllegalArgumentException(
                    "bad trace shape: " + samplesPerTrace + " samples, " + additionalTraceHeaders
                            + " additional headers");
        }
        if (traceHeaderBytes(additionalTraceHeaders) + (long) samplesPerTrace * format.bytesPerSample()
                > SegyReader.MAX_TRACE_BYTES) {
            throw new IllegalArgumentException("traces over " + (SegyReader.MAX_TRACE_BYTES >> 20) + " MiB");
        }
    }

    /**
     * SEG-Y with standard trace headers only.
     *
     * @param format the sample format
     * @param byteOrder the byte order
     * @param samplesPerTrace samples per trace
     * @return the settings
     */
    public static WriterSettings segy(SampleFormat format, ByteOrder byteOrder, int samplesPerTrace) {
        return new WriterSettings(FileKind.SEGY, format, byteOrder, samplesPerTrace, 0);
    }

    /**
     * The settings that rewrite a file as it is: same kind, format, byte order and trace shape.
     *
     * @param layout the layout of a file being read
     * @return the settings
     */
    public static WriterSettings like(SegyLayout layout) {
        return new WriterSettings(layout.kind(), layout.format(), layout.byteOrder(), layout.samplesPerTrace(),
                layout.additionalTraceHeaders());
    }

    /** @return the bytes of header before each trace's samples */
    public int traceHeaderBytes() {
        return traceHeaderBytes(additionalTraceHeaders);
    }

    /** @return the bytes of one whole trace: headers and samples */
    public int traceBytes() {
        return traceHeaderBytes() + sampleBytes();
    }

    /** @return the bytes of one trace's samples */
    public int sampleBytes() {
        return samplesPerTrace * format.bytesPerSample();
    }

    private static int traceHeaderBytes(int additional) {
        return TraceHeaderField.HEADER_BYTES * (1 + additional);
    }
}
