package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopCodecs;
import org.eclipse.jdt.annotation.NonNullByDefault;

import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * The codecs Parquet's file reader decompresses pages with, without Hadoop: ZSTD (what the store writes)
 * straight through zstd-jni, uncompressed pages as they are. Parquet's default read options build a Hadoop
 * {@code Configuration} and Hadoop's codec factory (core-default.xml parsed, thousands of classes loaded),
 * about a fifth of a second at the start of a fresh JVM for a few small header, index and QC files. Any other
 * codec, which a dataset written by another tool may use, is handed to Parquet's Hadoop codec factory, built
 * only then. One factory per open file, used by one thread at a time.
 */
// Parquet's API carries no null annotations: its overrides are left unconstrained.
@NonNullByDefault({})
public final class ReadCodecs implements CompressionCodecFactory {

    private ZstdPageDecompressor zstd;
    private CompressionCodecFactory hadoop;

    /**
     * @return read options on a plain (not Hadoop) configuration that decompress with a new
     *         {@link ReadCodecs}; the file reader releases the codecs when it closes
     */
    public static ParquetReadOptions options() {
        return new ParquetReadOptions.Builder(new PlainParquetConfiguration()).withCodecFactory(new ReadCodecs())
                .withUseHadoopVectoredIo(false).build();
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        if (codec == CompressionCodecName.ZSTD) {
            ZstdPageDecompressor z = zstd;
            if (z == null) {
                z = new ZstdPageDecompressor();
                zstd = z;
            }
            return z;
        }
        if (codec == CompressionCodecName.UNCOMPRESSED) {
            return Uncompressed.INSTANCE;
        }
        return hadoop().getDecompressor(codec);
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("A reader's codec factory does not compress"); //$NON-NLS-1$
    }

    private CompressionCodecFactory hadoop() {
        CompressionCodecFactory h = hadoop;
        if (h == null) {
            h = HadoopCodecs.newFactory(0);
            hadoop = h;
        }
        return h;
    }

    @Override
    public void release() {
        ZstdPageDecompressor z = zstd;
        if (z != null) {
            z.release();
            zstd = null;
        }
        CompressionCodecFactory h = hadoop;
        if (h != null) {
            h.release();
            hadoop = null;
        }
    }

    /** Pages stored as they are. */
    private enum Uncompressed implements BytesInputDecompressor {
        INSTANCE;

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize) {
            ByteBuffer in = input.duplicate();
            in.limit(in.position() + compressedSize);
            output.put(in);
        }

        @Override
        public void release() {
            // Nothing held.
        }
    }

    /** ZSTD pages, each one or more standard frames, decompressed with one native context. */
    static final class ZstdPageDecompressor implements BytesInputDecompressor {

        private final ZstdDecompressCtx context = new ZstdDecompressCtx();
        private boolean released;

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            return BytesInput.from(decompress(bytes.toByteArray(), decompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.duplicate().get(in);
            output.put(decompress(in, decompressedSize));
        }

        private byte[] decompress(byte[] in, int decompressedSize) throws IOException {
            byte[] out;
            try {
                out = context.decompress(in, decompressedSize);
            } catch (ZstdException e) {
                throw new IOException("ZSTD could not decompress a Parquet page: " + e.getMessage(), e); //$NON-NLS-1$
            }
            if (out.length != decompressedSize) {
                throw new IOException("a ZSTD Parquet page holds " + out.length + " bytes, its header says " //$NON-NLS-1$ //$NON-NLS-2$
                        + decompressedSize);
            }
            return out;
        }

        @Override
        public void release() {
            if (!released) {
                released = true;
                context.close();
            }
        }
    }
}
