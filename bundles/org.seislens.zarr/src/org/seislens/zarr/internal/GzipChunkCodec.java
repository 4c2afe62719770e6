package org.seislens.zarr.internal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * numcodecs' {@code GZip}: a gzip (RFC 1952) stream as Python's {@code gzip.GzipFile} writes it.
 * <p>
 * Headers and trailers are handled here rather than with {@code GZIPInputStream} so that the raw
 * inflater, the CRC and the buffers are reused and the output is bounded by the chunk. As Python does,
 * several members are decoded one after the other and zero padding after the last one is ignored.
 */
public final class GzipChunkCodec extends CompressorCodec {

    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    private static final int FLAG_HCRC = 2;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    private static final int FLAG_COMMENT = 16;
    private static final int FLAG_RESERVED = 0xE0;

    private final CRC32 crc = new CRC32();
    private final ByteBuffer scratch = ByteBuffer.allocate(1);
    private @Nullable Deflater deflater;
    private @Nullable Inflater inflater;

    /**
     * Creates a codec.
     *
     * @param compressor a compressor of kind {@code GZIP}
     */
    public GzipChunkCodec(ZarrCompressor compressor) {
        super(compressor, ZarrCompressor.Kind.GZIP);
    }

    @Override
    public int maxEncodedSize(int rawSize) {
        return DeflateSupport.maxDeflatedSize(rawSize) + HEADER + TRAILER;
    }

    @Override
    public int encode(ByteBuffer src, ByteBuffer dst) {
        int srcLength = src.remaining();
        requireRoom(srcLength, dst);
        int start = dst.position();
        ByteBuffer out = dst.duplicate();
        int level = compressor().level();
        // Python writes: magic, deflate, no flags, mtime 0 here, XFL 2/4 for the slowest/fastest level, OS unknown.
        out.put((byte) 0x1f).put((byte) 0x8b).put((byte) 8).put((byte) 0).putInt(0)
                .put((byte) (level == 9 ? 2 : level == 1 ? 4 : 0)).put((byte) 255);
        Deflater d = deflater;
        if (d == null) {
            d = new Deflater(level, true);
            deflater = d;
        } else {
            d.reset();
        }
        DeflateSupport.deflateAll(d, src.duplicate(), out);
        crc.reset();
        crc.update(src.duplicate());
        putIntLE(out, (int) crc.getValue());
        putIntLE(out, srcLength);
        return out.position() - start;
    }

    @Override
    public void decode(ByteBuffer src, ByteBuffer dst) throws ZarrFormatException {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("destination buffer is read-only");
        }
        int expected = dst.remaining();
        ByteBuffer in = src.duplicate();
        ByteBuffer out = dst.duplicate();
        Inflater i = inflater;
        if (i == null) {
            i = new Inflater(true);
            inflater = i;
        }
        do {
            skipHeader(in);
            i.reset();
            int memberStart = out.position();
            DeflateSupport.inflateStream(i, in, out, scratch, "gzip");
            checkTrailer(in, dst, memberStart, out.position() - memberStart);
        } while (hasMember(in));
        if (out.hasRemaining()) {
            throw new ZarrFormatException("gzip data decodes to " + (expected - out.remaining())
                    + " bytes, the chunk has " + expected);
        }
    }

    private static boolean hasMember(ByteBuffer in) {
        // Python ignores zero padding after the last member.
        for (int p = in.position(); p < in.limit(); p++) {
            if (in.get(p) != 0) {
                return true;
            }
        }
        return false;
    }

    private static void skipHeader(ByteBuffer in) throws ZarrFormatException {
        if (in.remaining() < HEADER) {
            throw new ZarrFormatException("gzip data is truncated in its header");
        }
        int p = in.position();
        if ((in.get(p) & 0xFF) != 0x1f || (in.get(p + 1) & 0xFF) != 0x8b) {
            throw new ZarrFormatException("not gzip data (no gzip magic number)");
        }
        if (in.get(p + 2) != 8) {
            throw new ZarrFormatException("gzip compression method " + in.get(p + 2) + " is not deflate");
        }
        int flags = in.get(p + 3) & 0xFF;
        if ((flags & FLAG_RESERVED) != 0) {
            throw new ZarrFormatException("gzip header has reserved flags set");
        }
        p += HEADER;
        if ((flags & FLAG_EXTRA) != 0) {
            requireBytes(in, p, 2);
            int extraLength = (in.get(p) & 0xFF) | (in.get(p + 1) & 0xFF) << 8;
            p += 2;
            requireBytes(in, p, extraLength);
            p += extraLength;
        }
        if ((flags & FLAG_NAME) != 0) {
            p = skipZeroTerminated(in, p);
        }
        if ((flags & FLAG_COMMENT) != 0) {
            p = skipZeroTerminated(in, p);
        }
        if ((flags & FLAG_HCRC) != 0) {
            requireBytes(in, p, 2);
            p += 2;
        }
        in.position(p);
    }

    private void checkTrailer(ByteBuffer in, ByteBuffer dst, int memberStart, int memberLength)
            throws ZarrFormatException {
        if (in.remaining() < TRAILER) {
            throw new ZarrFormatException("gzip data is truncated in its trailer");
        }
        int p = in.position();
        long storedCrc = getIntLE(in, p) & 0xFFFFFFFFL;
        long storedSize = getIntLE(in, p + 4) & 0xFFFFFFFFL;
        in.position(p + TRAILER);
        crc.reset();
        crc.update(dst.duplicate().position(memberStart).limit(memberStart + memberLength));
        if (crc.getValue() != storedCrc) {
            throw new ZarrFormatException("gzip CRC mismatch: the chunk is corrupt");
        }
        if (storedSize != (memberLength & 0xFFFFFFFFL)) {
            throw new ZarrFormatException("gzip trailer declares " + storedSize + " bytes, the data has " + memberLength);
        }
    }

    private static int skipZeroTerminated(ByteBuffer in, int from) throws ZarrFormatException {
        for (int p = from; p < in.limit(); p++) {
            if (in.get(p) == 0) {
                return p + 1;
            }
        }
        throw new ZarrFormatException("gzip data is truncated in its header");
    }

    private static void requireBytes(ByteBuffer in, int at, int count) throws ZarrFormatException {
        if (in.limit() - at < count) {
            throw new ZarrFormatException("gzip data is truncated in its header");
        }
    }

    private static int getIntLE(ByteBuffer in, int at) {
        return (in.get(at) & 0xFF) | (in.get(at + 1) & 0xFF) << 8 | (in.get(at + 2) & 0xFF) << 16
                | (in.get(at + 3) & 0xFF) << 24;
    }

    private static void putIntLE(ByteBuffer out, int value) {
        out.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16)).put((byte) (value >>> 24));
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
