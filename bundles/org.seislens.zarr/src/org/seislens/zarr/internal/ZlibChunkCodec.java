package org.seislens.zarr.internal;

import java.nio.ByteBuffer;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * numcodecs' {@code Zlib}: a zlib (RFC 1950) stream as written by Python's {@code zlib.compress}.
 * The deflater and inflater are reused between chunks.
 */
public final class ZlibChunkCodec extends CompressorCodec {

    private final ByteBuffer scratch = ByteBuffer.allocate(1);
    private @Nullable Deflater deflater;
    private @Nullable Inflater inflater;

    /**
     * Creates a codec.
     *
     * @param compressor a compressor of kind {@code ZLIB}
     */
    public ZlibChunkCodec(ZarrCompressor compressor) {
        super(compressor, ZarrCompressor.Kind.ZLIB);
    }

    @Override
    public int maxEncodedSize(int rawSize) {
        return DeflateSupport.maxDeflatedSize(rawSize);
    }

    @Override
    public int encode(ByteBuffer src, ByteBuffer dst) {
        requireRoom(src.remaining(), dst);
        Deflater d = deflater;
        if (d == null) {
            d = new Deflater(compressor().level());
            deflater = d;
        } else {
            d.reset();
        }
        return DeflateSupport.deflateAll(d, src.duplicate(), dst.duplicate());
    }

    @Override
    public void decode(ByteBuffer src, ByteBuffer dst) throws ZarrFormatException {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("destination buffer is read-only");
        }
        Inflater i = inflater;
        if (i == null) {
            i = new Inflater();
            inflater = i;
        } else {
            i.reset();
        }
        ByteBuffer out = dst.duplicate();
        DeflateSupport.inflateStream(i, src.duplicate(), out, scratch, "zlib");
        if (out.hasRemaining()) {
            throw new ZarrFormatException("zlib data decodes to " + (out.position() - dst.position())
                    + " bytes, the chunk has " + dst.remaining());
        }
    }

    @Override
    public void close() {
        Deflater d = deflater;
        if (d != null) {
            d.end();
            deflater = null;
        }
        Inflater i = inflater;
        if (i != null) {
            i.end();
            inflater = null;
        }
    }
}
