package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Copies the runs of a region read as stored bytes into a buffer, using bulk copies (memcpy) only.
 */
public final class ByteRegionSink implements RegionSink {

    private final ByteBuffer target;
    private final int targetOffset;
    private final int itemSize;
    private final ByteBuffer fillChunk;
    private @Nullable ByteBuffer chunk;

    /**
     * Creates a sink.
     *
     * @param target the buffer that receives the region
     * @param targetOffset the byte index of the region's first element in {@code target}
     * @param itemSize the element size
     * @param fillChunk a chunk of fill values, the source of runs of missing chunks
     */
    public ByteRegionSink(ByteBuffer target, int targetOffset, int itemSize, ByteBuffer fillChunk) {
        this.target = target;
        this.targetOffset = targetOffset;
        this.itemSize = itemSize;
        this.fillChunk = fillChunk;
    }

    @Override
    public void useChunk(@Nullable ByteBuffer decoded) {
        this.chunk = decoded;
    }

    @Override
    public void run(long sourceIndex, long targetIndex, int length) {
        ByteBuffer source = chunk;
        int at = targetOffset + (int) targetIndex * itemSize;
        if (source == null) {
            // Runs never exceed a chunk, so the fill chunk always holds enough.
            target.put(at, fillChunk, 0, length * itemSize);
        } else {
            target.put(at, source, (int) sourceIndex * itemSize, length * itemSize);
        }
    }
}
