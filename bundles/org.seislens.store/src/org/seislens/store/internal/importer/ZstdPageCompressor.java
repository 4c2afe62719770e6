package org.seislens.store.internal.importer;

import java.io.IOException;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.eclipse.jdt.annotation.NonNullByDefault;

import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * Compresses Parquet pages with ZSTD straight through zstd-jni: each page one standard frame, which Parquet's
 * ZSTD codec and every other Parquet reader decompress. Parquet's own compressor comes from its
 * {@code CodecFactory}, which builds a Hadoop {@code Configuration} (core-default.xml parsed, Hadoop's and
 * Guava's classes loaded): about a tenth of a second of a fresh JVM's import spent on no data. Used by one
 * thread at a time; {@link #release()} frees the native context.
 */
// Parquet's API carries no null annotations: its overrides are left unconstrained.
@NonNullByDefault({})
public final class ZstdPageCompressor implements BytesInputCompressor {

    private final ZstdCompressCtx context = new ZstdCompressCtx();
    private boolean released;

    /**
     * @param level the ZSTD compression level
     */
    public ZstdPageCompressor(int level) {
        context.setLevel(level);
        context.setContentSize(true);
    }

    @Override
    public BytesInput compress(BytesInput bytes) throws IOException {
        try {
            return BytesInput.from(context.compress(bytes.toByteArray()));
        } catch (ZstdException e) {
            throw new IOException("ZSTD could not compress a Parquet page: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    @Override
    public CompressionCodecName getCodecName() {
        return CompressionCodecName.ZSTD;
    }

    @Override
    public void release() {
        if (!released) {
            released = true;
            context.close();
        }
    }

    /**
     * @param level the ZSTD compression level
     * @return a codec factory for Parquet's writers that compresses with ZSTD only, as this class does; the
     *         writer releases it when it closes
     */
    static CompressionCodecFactory factory(int level) {
        return new CompressionCodecFactory() {

            private ZstdPageCompressor compressor;

            @Override
            public BytesInputCompressor getCompressor(CompressionCodecName codec) {
                if (codec != CompressionCodecName.ZSTD) {
                    throw new IllegalArgumentException("Only ZSTD is written here, not " + codec); //$NON-NLS-1$
                }
                ZstdPageCompressor c = compressor;
                if (c == null) {
                    c = new ZstdPageCompressor(level);
                    compressor = c;
                }
                return c;
            }

            @Override
            public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
                throw new UnsupportedOperationException("A writer's codec factory does not decompress"); //$NON-NLS-1$
            }

            @Override
            public void release() {
                ZstdPageCompressor c = compressor;
                if (c != null) {
                    c.release();
                }
            }
        };
    }
}
