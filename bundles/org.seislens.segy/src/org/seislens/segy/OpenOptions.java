package org.seislens.segy;

import java.nio.ByteOrder;

import org.eclipse.jdt.annotation.Nullable;

/**
 * How to open a file. Each setting left {@code null} is worked out from the file: the kind from the
 * file name ({@link FileKind#fromFileName(java.nio.file.Path)}), the byte order from the rev 2
 * byte-order word or else from which order gives a consistent layout, the sample format from the
 * binary header (Seismic Unix: IEEE float).
 *
 * @param kind SEG-Y or Seismic Unix, or {@code null} to go by the file name
 * @param byteOrder the byte order to read in, or {@code null} to detect it
 * @param format the sample format to read, overriding the binary header, or {@code null}
 */
public record OpenOptions(@Nullable FileKind kind, @Nullable ByteOrder byteOrder, @Nullable SampleFormat format) {

    /** Detect everything. */
    public static final OpenOptions DEFAULT = new OpenOptions(null, null, null);

    /**
     * @param newKind the kind, or {@code null} to go by the file name
     * @return a copy with the kind set
     */
    public OpenOptions withKind(@Nullable FileKind newKind) {
        return new OpenOptions(newKind, byteOrder, format);
    }

    /**
     * @param newByteOrder the byte order, or {@code null} to detect it
     * @return a copy with the byte order set
     */
    public OpenOptions withByteOrder(@Nullable ByteOrder newByteOrder) {
        return new OpenOptions(kind, newByteOrder, format);
    }

    /**
     * @param newFormat the sample format, or {@code null} to read it from the binary header
     * @return a copy with the format set
     */
    public OpenOptions withFormat(@Nullable SampleFormat newFormat) {
        return new OpenOptions(kind, byteOrder, newFormat);
    }
}
