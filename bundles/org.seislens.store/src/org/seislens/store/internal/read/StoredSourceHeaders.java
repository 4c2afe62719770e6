package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seislens.core.ByteOrders;
import org.seislens.core.DatasetException;
import org.seislens.core.SourceHeaders;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;

/**
 * The source file's headers for export. The importer keeps their raw bytes in the dataset (file_headers.bin);
 * a dataset imported before that has only what metadata.json records, the textual headers as decoded text and
 * the binary header as fields, which loses the bytes the decoding dropped, so then the source file's own
 * header bytes are taken when it still exists with the recorded size and modification time, and otherwise
 * the headers are rebuilt from the text (in EBCDIC) and the fields.
 */
final class StoredSourceHeaders {

    private static final int TEXT = TextualHeader.HEADER_BYTES;
    private static final int BINARY = BinaryHeaderField.HEADER_BYTES;

    private StoredSourceHeaders() {
    }

    /**
     * @param directory the dataset directory
     * @param m its metadata
     * @return the source's headers
     * @throws DatasetException naming metadata.json if it lacks the source's description
     */
    static SourceHeaders of(Path directory, DatasetMetadata m) throws DatasetException {
        Path file = new DatasetLayout(directory).metadata();
        DatasetMetadata.Source source = m.source();
        if (source == null || source.kind() == null || source.byteOrder() == null) {
            throw new DatasetException(file, "does not describe the source file"); //$NON-NLS-1$
        }
        SourceKind kind;
        ByteOrder order;
        try {
            kind = SourceKind.fromWord(source.kind());
            order = ByteOrders.fromWord(source.byteOrder());
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, "source: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (kind == SourceKind.SU) {
            return new SourceHeaders(kind, source.sampleFormatCode(), order, List.of(), new byte[0], 0, true);
        }
        List<String> texts = m.textualHeaders() == null ? List.of() : m.textualHeaders();
        byte[] exact = keptBytes(new DatasetLayout(directory).fileHeaders(), Math.max(1, texts.size()));
        if (exact == null) {
            exact = sourceBytes(source, Math.max(1, texts.size()));
        }
        List<byte[]> textual = new ArrayList<>();
        byte[] binary;
        if (exact != null) {
            textual.add(slice(exact, 0, TEXT));
            binary = slice(exact, TEXT, BINARY);
            for (int i = 1; i < texts.size(); i++) {
                textual.add(slice(exact, TEXT + BINARY + (i - 1) * TEXT, TEXT));
            }
        } else {
            for (String text : texts.isEmpty() ? List.of("") : texts) { //$NON-NLS-1$
                textual.add(TextualHeader.encode(text, TextEncoding.EBCDIC).raw());
            }
            binary = binary(m.binaryHeader(), order);
        }
        return new SourceHeaders(kind, source.sampleFormatCode(), order, textual, binary,
                source.additionalTraceHeaders(), exact != null);
    }

    private static byte[] binary(Map<String, Number> fields, ByteOrder order) {
        BinaryHeader header = BinaryHeader.of(new byte[BINARY], order);
        if (fields == null) {
            return header.raw();
        }
        for (Map.Entry<String, Number> e : fields.entrySet()) {
            BinaryHeaderField field = BinaryHeaderField.byName(e.getKey());
            if (field == null || e.getValue() == null) {
                continue;
            }
            try {
                header = field.type() == BinaryHeaderField.Type.FLOAT
                        ? header.withDouble(field, e.getValue().doubleValue())
                        : header.with(field, e.getValue().longValue());
            } catch (IllegalArgumentException ignored) {
                // a value out of the word's range cannot have come from the file: leave the word zero
            }
        }
        return header.raw();
    }

    /** @return the file headers the importer kept in the dataset, if they have the expected length, else null */
    private static byte[] keptBytes(Path file, int textualHeaders) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != BINARY + (long) textualHeaders * TEXT) {
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** @return the source file's first header bytes if it is the file that was imported, else null */
    private static byte[] sourceBytes(DatasetMetadata.Source source, int textualHeaders) {
        if (source.path() == null || source.modified() == null) {
            return null;
        }
        Path path = Path.of(source.path());
        int length = BINARY + textualHeaders * TEXT;
        try {
            if (!Files.isRegularFile(path) || Files.size(path) != source.size() || Files.size(path) < length
                    || !Files.getLastModifiedTime(path).toInstant().equals(Instant.parse(source.modified()))) {
                return null;
            }
            ByteBuffer bytes = ByteBuffer.allocate(length);
            try (FileChannel channel = FileChannel.open(path)) {
                int n = 1;
                while (bytes.hasRemaining() && n > 0) {
                    n = channel.read(bytes, bytes.position());
                }
            }
            return bytes.hasRemaining() ? null : bytes.array();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] slice(byte[] bytes, int from, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, from, out, 0, length);
        return out;
    }
}
