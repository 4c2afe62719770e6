package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TextualHeader;

/** Reads the extended textual headers that follow the binary header of a SEG-Y file. */
final class ExtendedTextualHeaders {

    private static final int FILE_HEADER_BYTES = TextualHeader.HEADER_BYTES + BinaryHeaderField.HEADER_BYTES;

    private ExtendedTextualHeaders() {
    }

    /**
     * Reads the extended textual headers the binary header declares: a count from 0, or -1 for a
     * variable count ended by the header holding ((SEG: EndText)). Counts that do not fit the file or
     * exceed {@link SegyReader#MAX_EXTENDED_TEXTUAL_HEADERS} are refused before anything is read.
     */
    static List<TextualHeader> read(Path file, FileChannel channel, long size, int declared)
            throws ProbeFailure, SegyFormatException, IOException {
        int max = SegyReader.MAX_EXTENDED_TEXTUAL_HEADERS;
        if (declared == 0) {
            return List.of();
        }
        if (declared == -1) {
            // rev 2: a variable count, ended by the header that holds ((SEG: EndText))
            List<TextualHeader> headers = new ArrayList<>();
            while (true) {
                long at = FILE_HEADER_BYTES + (long) TextualHeader.HEADER_BYTES * headers.size();
                if (at + TextualHeader.HEADER_BYTES > size) {
                    throw new ProbeFailure(ProbeFailure.EXTENDED_HEADERS, "the binary header announces a variable"
                            + " number of extended textual headers (-1 in bytes 3505-3506), but no ((SEG: EndText))"
                            + " stanza ends them before the end of the file");
                }
                if (headers.size() == max) {
                    throw new ProbeFailure(ProbeFailure.EXTENDED_HEADERS, "no ((SEG: EndText)) stanza ends the"
                            + " extended textual headers within the first " + max);
                }
                byte[] raw = ChannelIo.read(file, channel, at, TextualHeader.HEADER_BYTES);
                headers.add(TextualHeader.decode(raw));
                if (TextCodec.isEndText(raw)) {
                    return headers;
                }
            }
        }
        if (declared < 0 || declared > max) {
            throw new ProbeFailure(ProbeFailure.EXTENDED_HEADERS, "the binary header declares " + declared
                    + " extended textual headers (bytes 3505-3506); " + (declared < 0 ? "only -1 and counts from 0"
                            : "at most " + max) + " are supported");
        }
        long bytes = (long) TextualHeader.HEADER_BYTES * declared;
        if (FILE_HEADER_BYTES + bytes > size) {
            throw new ProbeFailure(ProbeFailure.EXTENDED_HEADERS, "the binary header declares " + declared
                    + " extended textual headers (" + bytes + " bytes) but only " + (size - FILE_HEADER_BYTES)
                    + " bytes follow the binary header");
        }
        byte[] all = ChannelIo.read(file, channel, FILE_HEADER_BYTES, (int) bytes);
        List<TextualHeader> headers = new ArrayList<>(declared);
        for (int i = 0; i < declared; i++) {
            int from = i * TextualHeader.HEADER_BYTES;
            headers.add(TextualHeader.decode(Arrays.copyOfRange(all, from, from + TextualHeader.HEADER_BYTES)));
        }
        return headers;
    }
}
