package org.seislens.store.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.values.deltastrings.DeltaByteArrayReader;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.io.api.Binary;
import org.eclipse.jdt.annotation.Nullable;

import com.github.luben.zstd.Zstd;

/**
 * Reads the {@code raw} column of headers.parquet as the importer writes it (a required column of 240-byte
 * values, plain-encoded, or delta-encoded by earlier imports; no dictionary; ZSTD or uncompressed pages)
 * straight from its pages: the footer and the
 * page headers are parsed with parquet-format's Thrift structures, pages are decompressed with zstd-jni and the
 * values copied out. Nothing of Hadoop (its Configuration, codecs, file systems) and nothing of parquet-column's
 * record machinery is loaded: in a fresh process those took ~0.45 s before the first header came out, on the
 * export's critical path. It is a cursor over pages: reading forward decodes each page once.
 * <p>
 * A file written differently is left to {@link RawHeaderReader}'s general path: {@link #open} returns
 * {@code null} for one, and a page it does not expect throws {@link Unexpected}.
 */
final class RawHeaderPages implements AutoCloseable {

    /** A page this reader does not decode; the general reader can. */
    static final class Unexpected extends IOException {
        private static final long serialVersionUID = 1L;

        Unexpected(String message) {
            super(message);
        }
    }

    private static final int H = RawHeaderReader.HEADER_BYTES;

    private final SeekableByteChannel channel;
    private final boolean fixed;
    private final ColumnMetaData[] chunks;
    private final long[] groupStarts;
    private final Pages pages = new Pages();
    private byte[] chunk = new byte[0];
    private byte[] decoded = new byte[0];
    /** The current page's values start at {@link #pageValueOffset} in this: {@link #decoded}, or the chunk. */
    private byte[] page = decoded;
    private int group = -1;
    private int pageValueOffset;
    private byte[] delta = new byte[0];
    private long pageFirst;
    private long pageEnd;

    private RawHeaderPages(SeekableByteChannel channel, RawColumnChunks column) {
        this.channel = channel;
        this.fixed = column.fixed();
        this.chunks = column.chunks();
        this.groupStarts = column.groupStarts();
    }

    /**
     * @param file headers.parquet
     * @return the reader, or {@code null} when the file's raw column is not written the way this reader decodes
     *         (or the file has no raw column, which the general reader then reports)
     * @throws IOException if the file cannot be read
     */
    static @Nullable RawHeaderPages open(Path file) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        try {
            RawColumnChunks column = RawColumnChunks.read(channel);
            if (column != null) {
                return new RawHeaderPages(channel, column);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    /** @return the rows of all row groups */
    long rows() {
        return groupStarts[groupStarts.length - 1];
    }

    /**
     * Copies the raw headers of consecutive traces.
     *
     * @param first the first trace
     * @param count the traces
     * @param out receives {@code count * 240} bytes from index {@code at}
     * @param at where in {@code out}
     * @throws IOException if the file cannot be read or holds what this reader does not expect
     */
    void read(long first, int count, ByteBuffer out, int at) throws IOException {
        long trace = first;
        int done = 0;
        if (group < 0 || trace < pageFirst || trace >= groupStarts[group + 1]) {
            seek(trace);
        }
        while (done < count) {
            while (trace >= pageEnd) {
                nextPage(trace);
            }
            int n = (int) Math.min(count - done, pageEnd - trace);
            int from = (int) (trace - pageFirst);
            out.put(at + done * H, page, pageValueOffset + from * H, n * H);
            done += n;
            trace += n;
        }
    }

    /** Loads the row group holding a trace and moves to its first page. */
    private void seek(long trace) throws IOException {
        int g = 0;
        while (g + 1 < chunks.length && groupStarts[g + 1] <= trace) {
            g++;
        }
        ColumnMetaData m = chunks[g];
        int bytes = (int) m.getTotal_compressed_size();
        if (chunk.length < bytes) {
            chunk = new byte[bytes];
        }
        ByteBuffer dst = ByteBuffer.wrap(chunk, 0, bytes);
        long position = m.getData_page_offset();
        while (dst.hasRemaining()) {
            int r = channel.position(position + dst.position()).read(dst);
            if (r < 0) {
                throw new IOException("ends inside a column chunk"); //$NON-NLS-1$
            }
        }
        pages.use(chunk, bytes);
        group = g;
        pageFirst = groupStarts[g];
        pageEnd = groupStarts[g];
    }

    /**
     * Decodes the next data page of the row group, or moves to the next row group; a page wholly before the
     * wanted trace is passed over without decoding it.
     */
    private void nextPage(long wanted) throws IOException {
        if (pages.available() == 0) {
            if (group + 1 >= chunks.length) {
                throw new IOException("has fewer raw headers than its footer says"); //$NON-NLS-1$
            }
            seek(groupStarts[group + 1]);
            return;
        }
        PageHeader h = Util.readPageHeader(pages);
        int start = pages.position();
        int compressed = h.getCompressed_page_size();
        int uncompressed = h.getUncompressed_page_size();
        if (compressed < 0 || compressed > pages.available() || uncompressed < 0) {
            throw new IOException("has a page larger than its column chunk"); //$NON-NLS-1$
        }
        pages.skip(compressed);
        long values;
        int levels = 0;
        boolean isCompressed = true;
        Encoding encoding;
        if (h.getType() == PageType.DATA_PAGE_V2) {
            DataPageHeaderV2 v2 = h.getData_page_header_v2();
            if (v2.getNum_values() != v2.getNum_rows()) {
                throw new Unexpected("a raw header page has repeated values"); //$NON-NLS-1$
            }
            encoding = v2.getEncoding();
            values = v2.getNum_rows();
            levels = v2.getDefinition_levels_byte_length() + v2.getRepetition_levels_byte_length();
            isCompressed = !v2.isSetIs_compressed() || v2.isIs_compressed();
        } else if (h.getType() == PageType.DATA_PAGE) {
            DataPageHeader v1 = h.getData_page_header();
            encoding = v1.getEncoding();
            values = v1.getNum_values();
        } else if (h.getType() == PageType.DICTIONARY_PAGE) {
            throw new Unexpected("the raw headers have a dictionary"); //$NON-NLS-1$
        } else {
            return; // an index page: no values
        }
        if (values < 0 || pageEnd + values > groupStarts[group + 1]) {
            throw new IOException("has more raw headers in a row group than its footer says"); //$NON-NLS-1$
        }
        if (pageEnd + values <= wanted) {
            pageEnd += values;
            pageFirst = pageEnd;
            return;
        }
        boolean plain = encoding == Encoding.PLAIN;
        // plain byte arrays carry a length each: no writer of datasets makes them, so the general reader reads them
        if ((plain && !fixed) || (!plain && encoding != Encoding.DELTA_BYTE_ARRAY)) {
            throw new Unexpected("a raw header page is encoded as " + encoding); //$NON-NLS-1$
        }
        int data = uncompressed - levels;
        if (levels < 0 || levels > compressed || (plain && data != values * H)) {
            throw new IOException("has a page of " + data + " bytes for " + values + " raw headers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (chunks[group].getCodec() == CompressionCodec.ZSTD && isCompressed) {
            if (decoded.length < data) {
                decoded = new byte[data];
            }
            page = decoded;
            long n = Zstd.decompressByteArray(page, 0, data, chunk, start + levels, compressed - levels);
            if (Zstd.isError(n) || n != data) {
                throw new IOException("has a raw header page that does not decompress: " //$NON-NLS-1$
                        + (Zstd.isError(n) ? Zstd.getErrorName(n) : n + " bytes for " + data)); //$NON-NLS-1$
            }
            pageValueOffset = 0;
        } else {
            if (compressed != uncompressed) {
                throw new IOException("has an uncompressed page of two sizes"); //$NON-NLS-1$
            }
            page = chunk;
            pageValueOffset = start + levels;
        }
        if (!plain) {
            undelta(data, (int) values);
        }
        pageFirst = pageEnd;
        pageEnd += values;
    }

    /**
     * Decodes a page of delta-encoded byte arrays (how datasets imported before plain raw headers store them)
     * with parquet-column's decoder, into 240-byte values one after the other.
     */
    private void undelta(int data, int values) throws IOException {
        if (delta.length < values * H) {
            delta = new byte[values * H];
        }
        DeltaByteArrayReader reader = new DeltaByteArrayReader();
        reader.initFromPage(values, ByteBufferInputStream.wrap(ByteBuffer.wrap(page, pageValueOffset, data)));
        for (int i = 0; i < values; i++) {
            Binary value = reader.readBytes();
            if (value.length() != H) {
                throw new IOException("trace " + (pageEnd + i) + " has " + value.length() //$NON-NLS-1$ //$NON-NLS-2$
                        + " raw header bytes, not " + H); //$NON-NLS-1$
            }
            ByteBuffer b = value.toByteBuffer();
            b.get(b.position(), delta, i * H, H);
        }
        page = delta;
        pageValueOffset = 0;
    }

    /** @return {@code bytes} bytes of the channel from {@code position} */
    static ByteBuffer read(SeekableByteChannel channel, long position, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes);
        while (b.hasRemaining()) {
            if (channel.position(position + b.position()).read(b) < 0) {
                throw new IOException("ends early"); //$NON-NLS-1$
            }
        }
        return b;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // read-only: nothing is lost
        }
    }

    /** A column chunk's bytes, read as a stream for the page headers. */
    private static final class Pages extends ByteArrayInputStream {
        Pages() {
            super(new byte[0]);
        }

        void use(byte[] bytes, int length) {
            this.buf = bytes;
            this.pos = 0;
            this.count = length;
            this.mark = 0;
        }

        int position() {
            return pos;
        }
    }
}
