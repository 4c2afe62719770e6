package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Receives the runs of a region read, chunk by chunk: {@link #useChunk} names the decoded chunk (or
 * none, for a chunk that is not stored) and {@link BoxCopy} then passes its runs to {@link #run}.
 */
public interface RegionSink extends BoxCopy.RunVisitor {

    /**
     * Names the source of the following runs.
     *
     * @param chunk the decoded chunk in the dtype's byte order, or {@code null} when the chunk is not
     *            stored and the runs take the fill value
     */
    void useChunk(@Nullable ByteBuffer chunk);
}
