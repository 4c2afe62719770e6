package org.seislens.zarr.internal;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.seislens.zarr.ZarrFormatException;

/**
 * The deflate steps shared by the zlib and gzip codecs: compress all input, and inflate into exactly
 * the chunk size while refusing streams that are truncated or decode to more.
 */
final class DeflateSupport {

    /** Header, trailer and block overhead on top of zlib's compressBound, for either wrapper. */
    private static final int WRAPPER_OVERHEAD = 64;

    private DeflateSupport() {
    }

    /**
     * Returns a bound of the deflate output for an input size (zlib's compressBound plus wrappers).
     *
     * @param rawSize the input size
     * @return the bound
     */
    static int maxDeflatedSize(int rawSize) {
        long bound = (long) rawSize + (rawSize >>> 12) + (rawSize >>> 14) + (rawSize >>> 25) + 13 + WRAPPER_OVERHEAD;
        return Math.toIntExact(bound);
    }

    /**
     * Deflates all of {@code in} into {@code out}, advancing both.
     *
     * @param deflater a reset deflater
     * @param in the input
     * @param out room for the output
     * @return the number of bytes written
     */
    static int deflateAll(Deflater deflater, ByteBuffer in, ByteBuffer out) {
        int start = out.position();
        deflater.setInput(in);
        deflater.finish();
        while (!deflater.finished()) {
            int written = deflater.deflate(out);
            if (written == 0 && !out.hasRemaining()) {
                throw new IllegalArgumentException("destination too small for deflate output");
            }
        }
        return out.position() - start;
    }

    /**
     * Inflates one deflate stream from {@code in} into {@code out} until the stream ends. The stream
     * may end before {@code out} is full (the caller decides whether that is an error) but may not
     * produce more than {@code out} holds.
     *
     * @param inflater a reset inflater
     * @param in the compressed bytes; on return its position is after the stream
     * @param out receives the decoded bytes; on return its position is after them
     * @param scratch a one-byte buffer used to detect output beyond {@code out}
     * @param format the format name for messages
     * @throws ZarrFormatException when the stream is corrupt, truncated or decodes to more than
     *             {@code out} holds
     */
    static void inflateStream(Inflater inflater, ByteBuffer in, ByteBuffer out, ByteBuffer scratch, String format)
            throws ZarrFormatException {
        int outStart = out.position();
        // Inflater advances the position of the input buffer by what the stream consumed.
        inflater.setInput(in);
        try {
            int idle = 0;
            while (!inflater.finished()) {
                int written;
                if (out.hasRemaining()) {
                    written = inflater.inflate(out);
                } else {
                    // The chunk is full: the stream may only have its end left (final block, trailer).
                    scratch.clear();
                    if (inflater.inflate(scratch) > 0) {
                        throw new ZarrFormatException(format + " data decodes to more than the chunk's "
                                + (out.limit() - outStart) + " bytes");
                    }
                    written = 0;
                }
                if (written > 0) {
                    idle = 0;
                } else if (!inflater.finished()) {
                    if (inflater.needsDictionary()) {
                        throw new ZarrFormatException(format + " data needs a preset dictionary");
                    }
                    if (inflater.needsInput() || ++idle > 2) {
                        throw new ZarrFormatException(format + " data is truncated after "
                                + (out.position() - outStart) + " decoded bytes");
                    }
                }
            }
        } catch (DataFormatException e) {
            throw new ZarrFormatException("corrupt " + format + " data: " + e.getMessage(), e);
        }
    }
}
