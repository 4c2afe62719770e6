package org.seislens.store.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where the {@code raw} column of headers.parquet is, from the file's footer (parsed with parquet-format's Thrift
 * structures): one column chunk per row group, when the column is what {@link RawHeaderPages} decodes.
 *
 * @param fixed whether the values are fixed-length byte arrays (else byte arrays, which must be delta-encoded)
 * @param chunks each row group's column chunk of {@code raw}
 * @param groupStarts each row group's first row, then the row count
 */
record RawColumnChunks(boolean fixed, ColumnMetaData[] chunks, long[] groupStarts) {

    private static final int H = RawHeaderReader.HEADER_BYTES;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    /**
     * @param channel headers.parquet
     * @return where the raw column's chunks are, or {@code null} when it is not written the way
     *         {@link RawHeaderPages} decodes (or the file has no raw column, which the general reader then reports)
     * @throws IOException if the file cannot be read
     */
    static @Nullable RawColumnChunks read(SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        if (size < 12) {
            return null;
        }
        ByteBuffer tail = RawHeaderPages.read(channel, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
        int footerBytes = tail.getInt(0);
        for (int i = 0; i < 4; i++) {
            if (tail.get(4 + i) != MAGIC[i]) {
                return null; // an encrypted footer ("PARE") or not Parquet
            }
        }
        if (footerBytes <= 0 || footerBytes > size - 12) {
            return null;
        }
        FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(RawHeaderPages.read(channel, size - 8 - footerBytes,
                footerBytes).array()));
        List<SchemaElement> schema = meta.getSchema();
        int column = -1;
        SchemaElement raw = null;
        int[] remaining = new int[schema.size() + 1];
        int depth = 0;
        remaining[0] = schema.get(0).getNum_children();
        int leaves = 0;
        for (int i = 1; i < schema.size(); i++) {
            while (depth > 0 && remaining[depth] == 0) {
                depth--;
            }
            SchemaElement e = schema.get(i);
            remaining[depth]--;
            if (e.isSetNum_children()) {
                remaining[++depth] = e.getNum_children();
                continue;
            }
            if (depth == 0 && "raw".equals(e.getName())) { //$NON-NLS-1$
                column = leaves;
                raw = e;
            }
            leaves++;
        }
        if (raw == null || raw.getRepetition_type() != FieldRepetitionType.REQUIRED
                || !(raw.getType() == Type.BYTE_ARRAY || (raw.getType() == Type.FIXED_LEN_BYTE_ARRAY
                        && raw.getType_length() == H))) {
            return null;
        }
        List<RowGroup> groups = meta.getRow_groups();
        ColumnMetaData[] chunks = new ColumnMetaData[groups.size()];
        long[] starts = new long[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            ColumnChunk c = groups.get(g).getColumns().get(column);
            ColumnMetaData m = c.getMeta_data();
            if (c.isSetCrypto_metadata() || m == null
                    || (m.isSetDictionary_page_offset() && m.getDictionary_page_offset() > 0)
                    || (m.getCodec() != CompressionCodec.ZSTD && m.getCodec() != CompressionCodec.UNCOMPRESSED)
                    || m.getEncodings().contains(Encoding.PLAIN_DICTIONARY)
                    || m.getEncodings().contains(Encoding.RLE_DICTIONARY) || m.getTotal_compressed_size() < 0
                    || m.getTotal_compressed_size() > Integer.MAX_VALUE - 16) {
                return null;
            }
            chunks[g] = m;
            starts[g + 1] = starts[g] + groups.get(g).getNum_rows();
        }
        return new RawColumnChunks(raw.getType() == Type.FIXED_LEN_BYTE_ARRAY, chunks, starts);
    }
}
