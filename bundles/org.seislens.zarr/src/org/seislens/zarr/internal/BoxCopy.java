package org.seislens.zarr.internal;

import java.io.IOException;

/**
 * Walks a box (a rectangular block of elements) that lies inside two C-order arrays, such as the
 * part of a chunk that falls into a requested region, as runs of consecutive elements.
 * <p>
 * Trailing dimensions that the box covers completely in both arrays are merged into one run, so a
 * whole chunk copied into a matching region is one call rather than one per row.
 */
public final class BoxCopy {

    /** Receives the runs of a box. */
    @FunctionalInterface
    public interface RunVisitor {
        /**
         * Handles one run.
         *
         * @param sourceIndex the element index of the run's start in the source array
         * @param targetIndex the element index of the run's start in the target array
         * @param length the number of consecutive elements
         * @throws IOException when handling the run fails
         */
        void run(long sourceIndex, long targetIndex, int length) throws IOException;
    }

    private BoxCopy() {
    }

    /**
     * Visits the runs of a box.
     *
     * @param box the extent of the box per dimension; all extents fit an int
     * @param sourceShape the shape of the source array
     * @param sourceStart where the box starts in the source array
     * @param targetShape the shape of the target array
     * @param targetStart where the box starts in the target array
     * @param visitor receives the runs in C order
     * @throws IOException when the visitor fails
     */
    public static void forEachRun(long[] box, long[] sourceShape, long[] sourceStart, long[] targetShape,
            long[] targetStart, RunVisitor visitor) throws IOException {
        int rank = box.length;
        for (long extent : box) {
            if (extent == 0) {
                return;
            }
        }
        long[] sourceStride = strides(sourceShape);
        long[] targetStride = strides(targetShape);
        // Merge trailing dimensions covered completely by the box in both arrays into the run.
        int runDims = 1;
        long runLength = box[rank - 1];
        while (runDims < rank) {
            int d = rank - runDims;
            if (box[d] != sourceShape[d] || box[d] != targetShape[d]) {
                break;
            }
            runDims++;
            runLength *= box[rank - runDims];
        }
        int outer = rank - runDims;
        long sourceIndex = 0;
        long targetIndex = 0;
        for (int d = 0; d < rank; d++) {
            sourceIndex += sourceStart[d] * sourceStride[d];
            targetIndex += targetStart[d] * targetStride[d];
        }
        long[] counter = new long[outer];
        while (true) {
            visitor.run(sourceIndex, targetIndex, (int) runLength);
            int d = outer - 1;
            while (d >= 0) {
                counter[d]++;
                sourceIndex += sourceStride[d];
                targetIndex += targetStride[d];
                if (counter[d] < box[d]) {
                    break;
                }
                sourceIndex -= sourceStride[d] * box[d];
                targetIndex -= targetStride[d] * box[d];
                counter[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }

    private static long[] strides(long[] shape) {
        long[] stride = new long[shape.length];
        long s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            stride[d] = s;
            s *= shape[d];
        }
        return stride;
    }
}
