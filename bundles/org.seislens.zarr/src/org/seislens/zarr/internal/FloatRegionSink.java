package org.seislens.zarr.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrDtype;

/**
 * Converts the runs of a region read to {@code float}s, whatever the dtype. Float32 runs are bulk
 * copies; other types convert in a plain loop over a typed view of the chunk, without boxing.
 */
public final class FloatRegionSink implements RegionSink {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

    private final ZarrDtype dtype;
    private final ByteOrder byteOrder;
    private final float[] target;
    private final int targetOffset;
    private final float fill;
    // Only the view matching the dtype is used; the others stay empty rather than null.
    private ByteBuffer bytes = EMPTY;
    private FloatBuffer floats = EMPTY.asFloatBuffer();
    private DoubleBuffer doubles = EMPTY.asDoubleBuffer();
    private ShortBuffer shorts = EMPTY.asShortBuffer();
    private IntBuffer ints = EMPTY.asIntBuffer();
    private LongBuffer longs = EMPTY.asLongBuffer();
    private boolean missing = true;

    /**
     * Creates a sink.
     *
     * @param dtype the array's dtype
     * @param target the array that receives the region
     * @param targetOffset the index of the region's first element in {@code target}
     * @param fill the fill value as a float, for runs of missing chunks
     */
    public FloatRegionSink(ZarrDtype dtype, float[] target, int targetOffset, float fill) {
        this.dtype = dtype;
        this.byteOrder = dtype.byteOrder();
        this.target = target;
        this.targetOffset = targetOffset;
        this.fill = fill;
    }

    @Override
    public void useChunk(@Nullable ByteBuffer chunk) {
        missing = chunk == null;
        if (chunk == null) {
            return;
        }
        // Typed views read in the dtype's byte order whatever order the caller's buffer had.
        ByteBuffer ordered = chunk.order() == byteOrder ? chunk : chunk.duplicate().order(byteOrder);
        switch (dtype.type()) {
            case FLOAT32 -> floats = ordered.asFloatBuffer();
            case FLOAT64 -> doubles = ordered.asDoubleBuffer();
            case INT16, UINT16 -> shorts = ordered.asShortBuffer();
            case INT32, UINT32 -> ints = ordered.asIntBuffer();
            case INT64, UINT64 -> longs = ordered.asLongBuffer();
            case INT8, UINT8 -> bytes = ordered;
        }
    }

    @Override
    public void run(long sourceIndex, long targetIndex, int length) {
        int s = (int) sourceIndex;
        int t = targetOffset + (int) targetIndex;
        if (missing) {
            Arrays.fill(target, t, t + length, fill);
            return;
        }
        switch (dtype.type()) {
            case FLOAT32 -> floats.get(s, target, t, length);
            case FLOAT64 -> {
                DoubleBuffer v = doubles;
                for (int i = 0; i < length; i++) {
                    target[t + i] = (float) v.get(s + i);
                }
            }
            case INT8 -> {
                ByteBuffer v = bytes;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i);
                }
            }
            case UINT8 -> {
                ByteBuffer v = bytes;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i) & 0xFF;
                }
            }
            case INT16 -> {
                ShortBuffer v = shorts;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i);
                }
            }
            case UINT16 -> {
                ShortBuffer v = shorts;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i) & 0xFFFF;
                }
            }
            case INT32 -> {
                IntBuffer v = ints;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i);
                }
            }
            case UINT32 -> {
                IntBuffer v = ints;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i) & 0xFFFFFFFFL;
                }
            }
            case INT64 -> {
                LongBuffer v = longs;
                for (int i = 0; i < length; i++) {
                    target[t + i] = v.get(s + i);
                }
            }
            case UINT64 -> {
                LongBuffer v = longs;
                for (int i = 0; i < length; i++) {
                    target[t + i] = unsignedToFloat(v.get(s + i));
                }
            }
        }
    }

    private static float unsignedToFloat(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // Halve, keeping the lowest bit so that rounding stays correct, then double.
        return (float) ((bits >>> 1) | (bits & 1)) * 2f;
    }
}
