package org.seislens.segy;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Everything worked out about a file when it was opened: where the traces are, how long each is and
 * how to decode them, its textual and binary headers, and every inconsistency that was tolerated.
 * Traces are fixed-length: trace {@code i} starts at {@link #traceOffset(long)}.
 *
 * @param file the file
 * @param kind SEG-Y or Seismic Unix
 * @param fileSize the file size in bytes when it was opened
 * @param byteOrder the byte order of headers and samples
 * @param format the sample format
 * @param revisionMajor the SEG-Y revision's major number (binary header byte 3501; 0 for Seismic Unix)
 * @param revisionMinor the SEG-Y revision's minor number (byte 3502)
 * @param samplesPerTrace the number of samples in every trace
 * @param sampleInterval the sample interval in microseconds (or the file's depth or frequency unit);
 *            0 when unknown: the binary header's, else the first trace header's; 0 when either is
 *            negative (see {@link #anomalies()})
 * @param traceCount the number of traces; 0 for a file that ends right after its headers
 * @param dataOffset the byte offset of the first trace
 * @param traceHeaderBytes the bytes of header before each trace's samples: 240 times one plus the
 *            number of rev 2 additional trace headers
 * @param traceSize the bytes of one trace, headers and samples
 * @param textualHeader the 3200-byte textual header, {@code null} for Seismic Unix
 * @param extendedTextualHeaders the extended textual headers, in file order
 * @param binaryHeader the binary header, {@code null} for Seismic Unix
 * @param anomalies one sentence for each inconsistency that was tolerated, e.g. a trace header sample
 *            count that disagrees with the data
 */
public record SegyLayout(Path file, FileKind kind, long fileSize, ByteOrder byteOrder, SampleFormat format,
        int revisionMajor, int revisionMinor, int samplesPerTrace, double sampleInterval, long traceCount,
        long dataOffset, int traceHeaderBytes, int traceSize, @Nullable TextualHeader textualHeader,
        List<TextualHeader> extendedTextualHeaders, @Nullable BinaryHeader binaryHeader, List<String> anomalies) {

    /**
     * @param file the file
     * @param kind SEG-Y or Seismic Unix
     * @param fileSize the file size in bytes
     * @param byteOrder the byte order
     * @param format the sample format
     * @param revisionMajor the revision's major number
     * @param revisionMinor the revision's minor number
     * @param samplesPerTrace samples per trace
     * @param sampleInterval the sample interval, 0 if unknown
     * @param traceCount the number of traces
     * @param dataOffset the offset of the first trace
     * @param traceHeaderBytes header bytes per trace
     * @param traceSize bytes per trace
     * @param textualHeader the textual header or {@code null}
     * @param extendedTextualHeaders the extended textual headers (copied)
     * @param binaryHeader the binary header or {@code null}
     * @param anomalies the tolerated inconsistencies (copied)
     */
    public SegyLayout {
        extendedTextualHeaders = List.copyOf(extendedTextualHeaders);
        anomalies = List.copyOf(anomalies);
        if (traceSize != traceHeaderBytes + samplesPerTrace * format.bytesPerSample()) {
            throw new IllegalArgumentException("trace size " + traceSize + " is not " + traceHeaderBytes
                    + " header bytes plus " + samplesPerTrace + " samples of format " + format.code());
        }
    }

    /** @return the number of rev 2 additional 240-byte trace headers after the standard one */
    public int additionalTraceHeaders() {
        return traceHeaderBytes / TraceHeaderField.HEADER_BYTES - 1;
    }

    /** @return the bytes of one trace's samples */
    public int sampleBytes() {
        return samplesPerTrace * format.bytesPerSample();
    }

    /**
     * @param index a trace index, 0 to {@link #traceCount()} (the end)
     * @return the byte offset of that trace's header in the file
     */
    public long traceOffset(long index) {
        return dataOffset + index * traceSize;
    }
}
