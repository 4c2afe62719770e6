package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;

/**
 * numcodecs' {@code Zstd}: a chunk is one plain zstd frame that declares its content size (zarr-python
 * 2.13 needs that size to decode).
 * <p>
 * The native contexts are created on first use and reused, so a reader never builds a compression
 * context and repeated chunks cost no native allocation.
 */
public final class ZstdChunkCodec extends CompressorCodec {

    /** ZSTD_CONTENTSIZE_UNKNOWN as returned by zstd-jni. */
    private static final long CONTENT_SIZE_UNKNOWN = -1;
    /** Magic number, frame header descriptor and the smallest block header. */
    private static final int MIN_FRAME = 8;

    private @Nullable ZstdCompressCtx compressContext;
    private @Nullable ZstdDecompressCtx decompressContext;

    /**
     * Creates a codec.
     *
     * @param compressor a compressor of kind {@code ZSTD}
     */
    public ZstdChunkCodec(ZarrCompressor compressor) {
        super(compressor, ZarrCompressor.Kind.ZSTD);
    }

    @Override
    public int maxEncodedSize(int rawSize) {
        return Math.toIntExact(Zstd.compressBound(rawSize));
    }

    @Override
    public int encode(ByteBuffer src, ByteBuffer dst) {
        int srcLength = src.remaining();
        int dstLength = dst.remaining();
        requireRoom(srcLength, dst);
        ZstdCompressCtx context = compressContext;
        if (context == null) {
            context = new ZstdCompressCtx();
            context.setLevel(compressor().level());
            // numcodecs 0.11 sizes its output from the frame header; the checksum is left off as it does.
            context.setContentSize(true);
            context.setChecksum(false);
            compressContext = context;
        }
        if (src.isDirect() && dst.isDirect()) {
            return context.compressDirectByteBuffer(dst, dst.position(), dstLength, src, src.position(), srcLength);
        }
        if (src.hasArray() && dst.hasArray()) {
            return context.compressByteArray(dst.array(), dst.arrayOffset() + dst.position(), dstLength, src.array(),
                    src.arrayOffset() + src.position(), srcLength);
        }
        // Mixed or read-only buffers: rare, so a copy through the heap is acceptable.
        byte[] in = new byte[srcLength];
        src.get(src.position(), in);
        byte[] out = new byte[dstLength];
        int written = context.compressByteArray(out, 0, dstLength, in, 0, srcLength);
        dst.put(dst.position(), out, 0, written);
        return written;
    }

    @Override
    public void decode(ByteBuffer src, ByteBuffer dst) throws ZarrFormatException {
        int expected = dst.remaining();
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("destination buffer is read-only");
        }
        ByteBuffer in = src;
        if (!in.isDirect() && !in.hasArray()) {
            in = ByteBuffer.allocate(src.remaining()).put(0, src, src.position(), src.remaining());
        }
        int srcPos = in.position();
        int srcLength = in.remaining();
        if (srcLength < MIN_FRAME) {
            throw new ZarrFormatException("zstd data of " + srcLength + " bytes is too short for a frame");
        }
        long declared = in.isDirect() ? Zstd.getDirectByteBufferFrameContentSize(in, srcPos, srcLength)
                : Zstd.getFrameContentSize(in.array(), in.arrayOffset() + srcPos, srcLength);
        if (declared != CONTENT_SIZE_UNKNOWN) {
            if (declared < 0) {
                throw new ZarrFormatException("not a zstd frame (" + srcLength + " bytes)");
            }
            if (declared != expected) {
                throw new ZarrFormatException("zstd frame declares " + declared + " bytes, the chunk has " + expected);
            }
        }
        ZstdDecompressCtx context = decompressContext;
        if (context == null) {
            context = new ZstdDecompressCtx();
            decompressContext = context;
        }
        int decoded;
        try {
            // The destination size bounds the output: a frame cannot make zstd write past the chunk.
            if (in.isDirect() && dst.isDirect()) {
                decoded = context.decompressDirectByteBuffer(dst, dst.position(), expected, in, srcPos, srcLength);
            } else if (in.isDirect()) {
                decoded = context.decompressDirectByteBufferToByteArray(dst.array(), dst.arrayOffset() + dst.position(),
                        expected, in, srcPos, srcLength);
            } else if (dst.isDirect()) {
                decoded = context.decompressByteArrayToDirectByteBuffer(dst, dst.position(), expected, in.array(),
                        in.arrayOffset() + srcPos, srcLength);
            } else {
                decoded = context.decompressByteArray(dst.array(), dst.arrayOffset() + dst.position(), expected,
                        in.array(), in.arrayOffset() + srcPos, srcLength);
            }
        } catch (ZstdException e) {
            throw new ZarrFormatException("corrupt zstd data: " + e.getMessage(), e);
        }
        if (decoded != expected) {
            throw new ZarrFormatException("zstd data decodes to " + decoded + " bytes, the chunk has " + expected);
        }
    }

    @Override
    public void close() {
        ZstdCompressCtx c = compressContext;
        if (c != null) {
            c.close();
            compressContext = null;
        }
        ZstdDecompressCtx d = decompressContext;
        if (d != null) {
            d.close();
            decompressContext = null;
        }
    }
}
