package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * Encodes and decodes whole chunks with the framing of a numcodecs codec, so that chunks written here
 * decode in zarr-python and the other way round.
 * <p>
 * A codec reuses its native contexts and buffers between calls; it is not thread-safe, so each
 * thread uses its own codec (as an array does with a pool). Neither method changes the
 * position, limit or mark of the buffers it is given; both accept heap and direct buffers, and
 * direct buffers avoid copies.
 */
public interface ChunkCodec extends AutoCloseable {

    /**
     * Returns the compressor this codec implements.
     *
     * @return the compressor
     */
    ZarrCompressor compressor();

    /**
     * Returns the most bytes {@link #encode} can produce for an input size.
     *
     * @param rawSize the size of the raw chunk in bytes
     * @return the worst-case encoded size in bytes
     */
    int maxEncodedSize(int rawSize);

    /**
     * Encodes the bytes from {@code src.position()} to {@code src.limit()} into {@code dst} starting
     * at {@code dst.position()}.
     *
     * @param src the raw chunk
     * @param dst receives the encoded chunk; must have at least {@link #maxEncodedSize} bytes
     *            remaining
     * @return the number of encoded bytes written
     * @throws IllegalArgumentException when {@code dst} has too little room
     */
    int encode(ByteBuffer src, ByteBuffer dst);

    /**
     * Decodes the encoded chunk from {@code src.position()} to {@code src.limit()} into exactly
     * {@code dst.remaining()} bytes starting at {@code dst.position()}.
     * <p>
     * Corrupt data is refused, and so is data that decodes to any other number of bytes; a size
     * declared inside the data is checked against {@code dst.remaining()} before it is trusted.
     *
     * @param src the encoded chunk
     * @param dst receives the raw chunk; its remaining size is the expected chunk size
     * @throws ZarrFormatException when the data is corrupt or has another decoded size; the message
     *             names the cause but not the file, which the caller adds
     */
    void decode(ByteBuffer src, ByteBuffer dst) throws ZarrFormatException;

    /** Releases the native contexts; the codec cannot be used afterwards. */
    @Override
    void close();
}
