package org.seislens.core;

import java.nio.ByteOrder;
import java.util.List;

/**
 * The file-level headers of the SEG-Y or Seismic Unix file a dataset was imported from, as raw bytes, and
 * the facts about its layout that an export needs to write the file again.
 *
 * @param kind {@link SourceKind#SEGY} or {@link SourceKind#SU}
 * @param formatCode the SEG-Y sample format code of the source
 * @param byteOrder the byte order of the source's headers and samples
 * @param textualHeaders the 3200-byte textual header and then each extended textual header, raw; empty for
 *            Seismic Unix
 * @param binaryHeader the 400-byte binary header in {@code byteOrder}, raw; empty for Seismic Unix
 * @param additionalTraceHeaders rev 2 additional 240-byte trace headers per trace in the source
 * @param exact whether the bytes are the source's own; {@code false} when they were rebuilt from the decoded
 *            text and fields the dataset keeps (the source file is gone or changed), so bytes the decoding
 *            dropped may differ
 */
public record SourceHeaders(SourceKind kind, int formatCode, ByteOrder byteOrder, List<byte[]> textualHeaders,
        byte[] binaryHeader, int additionalTraceHeaders, boolean exact) {

    /**
     * Freezes the list.
     */
    public SourceHeaders {
        textualHeaders = List.copyOf(textualHeaders);
    }
}
