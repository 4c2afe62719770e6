package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Random;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.luben.zstd.Zstd;

/**
 * The codecs the column reader decompresses with instead of Hadoop's: ZSTD pages from zstd-jni and from
 * Parquet's own writer, uncompressed pages, and other codecs handed on to Parquet's factory.
 */
class ReadCodecsTest {

    private static final MessageType SCHEMA = MessageTypeParser
            .parseMessageType("message t { required int64 a; optional int32 b; }"); //$NON-NLS-1$

    @TempDir
    Path dir;

    @Test
    void zstdPagesDecompressToTheirBytesThroughBothEntries() throws IOException {
        byte[] page = new byte[100_000];
        Random random = new Random(7);
        for (int i = 0; i < page.length; i++) {
            page[i] = (byte) (random.nextInt(16) + i / 1000);
        }
        byte[] frame = Zstd.compress(page, 3);
        ReadCodecs codecs = new ReadCodecs();
        BytesInputDecompressor zstd = codecs.getDecompressor(CompressionCodecName.ZSTD);
        assertArrayEquals(page, zstd.decompress(BytesInput.from(frame), page.length).toByteArray());
        ByteBuffer in = ByteBuffer.allocate(frame.length + 8);
        in.put(frame).put(new byte[8]).flip();
        ByteBuffer out = ByteBuffer.allocate(page.length);
        zstd.decompress(in, frame.length, out, page.length);
        assertArrayEquals(page, out.array());
        // A page whose header names another size, or bytes that are no ZSTD frame, are refused.
        assertThrows(IOException.class, () -> zstd.decompress(BytesInput.from(frame), page.length + 1));
        byte[] broken = frame.clone();
        broken[broken.length / 2] ^= 0x5a;
        broken[0] = 0;
        assertThrows(IOException.class, () -> zstd.decompress(BytesInput.from(broken), page.length));
        codecs.release();
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = { "ZSTD", "UNCOMPRESSED", "GZIP" })
    void columnsWrittenByParquetsOwnWriterReadBack(CompressionCodecName codec) throws Exception {
        int rows = 30_000;
        Path file = dir.resolve(codec + ".parquet"); //$NON-NLS-1$
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(SCHEMA)
                .withCompressionCodec(codec).withPageSize(8 * 1024).withRowGroupSize(64 * 1024L).build()) {
            for (int r = 0; r < rows; r++) {
                Group g = groups.newGroup().append("a", 3L * r - 5_000_000_000L); //$NON-NLS-1$
                if (r % 7 != 0) {
                    g.append("b", r ^ 0x5555); //$NON-NLS-1$
                }
                writer.write(g);
            }
        }
        try (ParquetColumnReader reader = ParquetColumnReader.open(file, rows)) {
            assertEquals(rows, reader.rows());
            long[] a = reader.readLongs("a", new NullProgressMonitor()); //$NON-NLS-1$
            int[] b = reader.readInts("b", new NullProgressMonitor()); //$NON-NLS-1$
            for (int r = 0; r < rows; r++) {
                assertEquals(3L * r - 5_000_000_000L, a[r]);
                assertEquals(r % 7 == 0 ? 0 : r ^ 0x5555, b[r]);
            }
        }
    }
}
