package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * numcodecs' {@code shuffle} filter before a compressor: encoding writes the first byte of every item, then
 * the second bytes, and so on, and compresses that; decoding reverses both. Bytes after the last whole item
 * stay where they are, as numcodecs leaves them. Reuses its buffers, so like every codec it serves one thread
 * at a time.
 */
final class ShuffleChunkCodec implements ChunkCodec {

    private final ChunkCodec compressor;
    private final int itemSize;
    private byte[] plain = new byte[0];
    private byte[] shuffled = new byte[0];
    private ByteBuffer staging = ByteBuffer.allocateDirect(0);

    /**
     * @param compressor the codec after the filter; closed with this one
     * @param itemSize bytes per item, numcodecs' {@code elementsize}
     */
    ShuffleChunkCodec(ChunkCodec compressor, int itemSize) {
        if (itemSize < 1) {
            throw new IllegalArgumentException("item size " + itemSize);
        }
        this.compressor = compressor;
        this.itemSize = itemSize;
    }

    @Override
    public ZarrCompressor compressor() {
        return compressor.compressor();
    }

    @Override
    public int maxEncodedSize(int rawSize) {
        return compressor.maxEncodedSize(rawSize);
    }

    private void ensure(int length) {
        if (plain.length < length) {
            plain = new byte[length];
            shuffled = new byte[length];
            staging = ByteBuffer.allocateDirect(length);
        }
    }

    @Override
    public int encode(ByteBuffer src, ByteBuffer dst) {
        int length = src.remaining();
        ensure(length);
        src.get(src.position(), plain, 0, length);
        shuffle(plain, shuffled, length, itemSize);
        ByteBuffer in = staging.clear().put(0, shuffled, 0, length).limit(length);
        return compressor.encode(in, dst);
    }

    @Override
    public void decode(ByteBuffer src, ByteBuffer dst) throws ZarrFormatException {
        int length = dst.remaining();
        ensure(length);
        ByteBuffer out = staging.clear().limit(length);
        compressor.decode(src, out);
        out.get(0, shuffled, 0, length);
        unshuffle(shuffled, plain, length, itemSize);
        dst.put(dst.position(), plain, 0, length);
    }

    /**
     * @param in items, byte after byte
     * @param out receives byte {@code b} of item {@code i} at {@code b * n + i} ({@code n} whole items), then
     *            the bytes after the last whole item
     * @param length bytes to shuffle
     * @param size bytes per item
     */
    static void shuffle(byte[] in, byte[] out, int length, int size) {
        int n = length / size;
        for (int b = 0; b < size; b++) {
            int o = b * n;
            for (int i = 0, j = b; i < n; i++, j += size) {
                out[o + i] = in[j];
            }
        }
        System.arraycopy(in, n * size, out, n * size, length - n * size);
    }

    /**
     * Reverses {@link #shuffle}.
     *
     * @param in shuffled bytes
     * @param out receives the items
     * @param length bytes to unshuffle
     * @param size bytes per item
     */
    static void unshuffle(byte[] in, byte[] out, int length, int size) {
        int n = length / size;
        if (size == 4) {
            // float32 and int32, the common case: one pass over the four byte planes
            for (int i = 0, j = 0; i < n; i++, j += 4) {
                out[j] = in[i];
                out[j + 1] = in[n + i];
                out[j + 2] = in[2 * n + i];
                out[j + 3] = in[3 * n + i];
            }
        } else {
            for (int b = 0; b < size; b++) {
                int o = b * n;
                for (int i = 0, j = b; i < n; i++, j += size) {
                    out[j] = in[o + i];
                }
            }
        }
        System.arraycopy(in, n * size, out, n * size, length - n * size);
    }

    @Override
    public void close() {
        compressor.close();
    }
}
