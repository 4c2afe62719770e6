package org.seislens.zarr.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * Turns chunk files into decoded chunks and back for one array: bounded reads, decoding with the
 * array's codec, fill-value padding of edge chunks, encoding and atomic replacement. Thread-safe:
 * each call works with the calling thread's {@link ChunkWorker}.
 */
public final class ChunkStore implements AutoCloseable {

    /** Room for gzip header fields and concatenated frames beyond a codec's worst case. */
    private static final int ENCODED_SLACK = 64 * 1024;

    private final ZarrArrayMetadata metadata;
    private final long[] chunkShape;
    private final int itemSize;
    private final int chunkBytes;
    private final int maxEncodedBytes;
    private final ChunkWorkerPool workers;
    private volatile @Nullable ByteBuffer fillChunk;

    /**
     * Creates the store of an array.
     *
     * @param metadata the array metadata
     */
    public ChunkStore(ZarrArrayMetadata metadata) {
        this.metadata = metadata;
        int rank = metadata.rank();
        this.chunkShape = new long[rank];
        for (int d = 0; d < rank; d++) {
            chunkShape[d] = metadata.chunks(d);
        }
        this.itemSize = metadata.dtype().itemSize();
        this.chunkBytes = metadata.chunkByteSize();
        ZarrCompressor compressor = metadata.compressor();
        int encodedBound = chunkBytes;
        if (compressor != null) {
            try (ChunkCodec probe = ChunkCodecs.create(metadata)) {
                encodedBound = (int) Math.min(Integer.MAX_VALUE - 16L,
                        (long) probe.maxEncodedSize(chunkBytes) + ENCODED_SLACK);
            }
        }
        this.maxEncodedBytes = encodedBound;
        ByteOrder byteOrder = metadata.dtype().byteOrder();
        int maxIdle = Math.max(2, Runtime.getRuntime().availableProcessors());
        int size = chunkBytes;
        this.workers = new ChunkWorkerPool(
                () -> new ChunkWorker(compressor == null ? null : ChunkCodecs.create(metadata), size, byteOrder), maxIdle);
    }

    /**
     * Returns the pool of per-thread workers.
     *
     * @return the pool
     */
    public ChunkWorkerPool workers() {
        return workers;
    }

    /**
     * Returns a chunk full of the fill value, built on first need.
     *
     * @return a read-only direct buffer of one chunk
     */
    public ByteBuffer fillChunk() {
        ByteBuffer chunk = fillChunk;
        if (chunk == null) {
            // Two threads racing here build equal buffers, which is harmless.
            chunk = FillValues.fillChunk(metadata);
            fillChunk = chunk;
        }
        return chunk;
    }

    /**
     * Decodes a chunk file into {@code target} (position to limit, exactly one chunk).
     *
     * @param file the chunk file
     * @param worker the calling thread's worker
     * @param target receives the decoded chunk; its position is not changed
     * @return {@code false} when the chunk is not stored
     * @throws ZarrFormatException when the file is corrupt, naming the file
     * @throws IOException when the file cannot be read
     */
    public boolean decode(Path file, ChunkWorker worker, ByteBuffer target) throws IOException {
        return decodeSized(file, worker, target) >= 0;
    }

    /**
     * Decodes a chunk file into {@code target} (position to limit, exactly one chunk), as {@link #decode}.
     *
     * @param file the chunk file
     * @param worker the calling thread's worker
     * @param target receives the decoded chunk; its position is not changed
     * @return the size of the chunk file in bytes, or -1 when the chunk is not stored
     * @throws ZarrFormatException when the file is corrupt, naming the file
     * @throws IOException when the file cannot be read
     */
    public long decodeSized(Path file, ChunkWorker worker, ByteBuffer target) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ChunkCodec codec = worker.codec();
            if (codec == null) {
                if (size != chunkBytes) {
                    throw ZarrFormatException.inFile(file, "uncompressed chunk has " + size + " bytes, expected "
                            + chunkBytes);
                }
                ZarrFiles.readFully(channel, target.duplicate(), file);
                return size;
            }
            // Checked before reading: a huge file must not make the worker's buffer grow.
            if (size > maxEncodedBytes) {
                throw ZarrFormatException.inFile(file, "chunk file of " + size + " bytes is larger than "
                        + metadata.compressor() + " can produce for a chunk of " + chunkBytes + " bytes");
            }
            ByteBuffer encoded = worker.encodedBuffer((int) size);
            ZarrFiles.readFully(channel, encoded, file);
            encoded.flip();
            try {
                codec.decode(encoded, target);
            } catch (ZarrFormatException e) {
                throw ZarrFormatException.inFile(file, e);
            }
            return size;
        } catch (NoSuchFileException e) {
            return -1;
        }
    }

    /**
     * Encodes a chunk and replaces its file atomically.
     *
     * @param file the chunk file
     * @param src the chunk in C order, from position to limit: a full chunk, or for an edge chunk
     *            either a full chunk or just its part inside the array
     * @param valid the extent of the chunk's part inside the array per dimension
     * @throws IOException when writing fails
     */
    public void write(Path file, ByteBuffer src, long[] valid) throws IOException {
        write(file, src, valid, true);
    }

    /**
     * Encodes a chunk and writes its file.
     *
     * @param file the chunk file
     * @param src the chunk in C order, from position to limit: a full chunk, or for an edge chunk
     *            either a full chunk or just its part inside the array
     * @param valid the extent of the chunk's part inside the array per dimension
     * @param atomically whether to replace the file atomically, else create it (it must not exist) and
     *            write it in place
     * @throws IOException when writing fails
     */
    public void write(Path file, ByteBuffer src, long[] valid, boolean atomically) throws IOException {
        long validBytes = itemSize;
        for (long extent : valid) {
            validBytes *= extent;
        }
        ChunkWorker worker = workers.acquire();
        try {
            ByteBuffer raw;
            if (validBytes != chunkBytes) {
                raw = padEdgeChunk(src, src.remaining() == chunkBytes ? chunkShape : valid, valid, worker);
            } else if (src.isDirect() || worker.codec() == null) {
                raw = src;
            } else {
                // Native codecs work best on direct memory; one copy is cheap next to compression.
                raw = worker.decodedBuffer();
                raw.put(0, src, src.position(), chunkBytes);
            }
            ChunkCodec codec = worker.codec();
            ByteBuffer content = raw;
            if (codec != null) {
                content = worker.encodedBuffer(codec.maxEncodedSize(chunkBytes));
                int size = codec.encode(raw, content);
                content.limit(size);
            }
            if (atomically) {
                ZarrFiles.writeAtomically(file, content);
            } else {
                ZarrFiles.writeNew(file, content);
            }
        } finally {
            workers.release(worker);
        }
    }

    /** Builds the full-size chunk: fill value everywhere, then the part inside the array from {@code src}. */
    private ByteBuffer padEdgeChunk(ByteBuffer src, long[] srcShape, long[] valid, ChunkWorker worker)
            throws IOException {
        ByteBuffer raw = worker.decodedBuffer();
        raw.put(0, fillChunk(), 0, chunkBytes);
        int srcPos = src.position();
        BoxCopy.forEachRun(valid, srcShape, new long[valid.length], chunkShape, new long[valid.length],
                (s, t, n) -> raw.put((int) t * itemSize, src, srcPos + (int) s * itemSize, n * itemSize));
        return raw;
    }

    /** Releases the pooled codecs; calls still running finish first. */
    @Override
    public void close() {
        workers.close();
    }
}
