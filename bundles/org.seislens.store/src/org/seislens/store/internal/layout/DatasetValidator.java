package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.seislens.core.DatasetException;
import org.seislens.core.SampleType;
import org.seislens.zarr.ChunkKeySeparator;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrLimits;
import org.seislens.zarr.io.ZarrArray;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reads and checks the untrusted files of a dataset directory before anything is allocated for them: a
 * {@code metadata.json} or {@code .zarray} that claims an absurd shape or chunk size is refused with a
 * {@link DatasetException} naming the file, never an {@link OutOfMemoryError}.
 */
public final class DatasetValidator {

    /** The largest metadata.json read; the importer writes a few kilobytes plus the textual headers. */
    public static final long MAX_METADATA_BYTES = 16L << 20;
    /** The largest decoded chunk accepted; the importer writes 64 x 1024 x 8 bytes at most. */
    public static final int MAX_CHUNK_BYTES = 64 << 20;
    /** More traces than any survey has (2^40), far beyond what an index or a header column could hold. */
    public static final long MAX_TRACES = 1L << 40;
    /** SEG-Y rev 2 allows 2^32 - 1 samples per trace in theory; one trace of 2^24 floats is 64 MiB. */
    public static final int MAX_SAMPLES = 1 << 24;

    private DatasetValidator() {
    }

    /**
     * Reads and checks {@code metadata.json}.
     *
     * @param directory the dataset directory
     * @return the metadata
     * @throws DatasetException naming the file at fault
     */
    public static DatasetMetadata readMetadata(Path directory) throws DatasetException {
        if (!Files.isDirectory(directory)) {
            throw new DatasetException(directory, "not a directory"); //$NON-NLS-1$
        }
        Path file = new DatasetLayout(directory).metadata();
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(directory, "not a SeisLens dataset (no " + DatasetMetadata.FILE_NAME + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        DatasetMetadata m;
        try {
            long size = Files.size(file);
            if (size > MAX_METADATA_BYTES) {
                throw new DatasetException(file, size + " bytes is larger than the " + MAX_METADATA_BYTES //$NON-NLS-1$
                        + " bytes a dataset's metadata can have"); //$NON-NLS-1$
            }
            m = DatasetMetadata.mapper().readValue(Files.readAllBytes(file), DatasetMetadata.class);
        } catch (JsonProcessingException e) {
            throw new DatasetException(file, "not valid dataset metadata: " + e.getOriginalMessage(), e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (m == null || !DatasetMetadata.FORMAT.equals(m.format())) {
            throw new DatasetException(file, "not SeisLens dataset metadata (format is not \"" //$NON-NLS-1$
                    + DatasetMetadata.FORMAT + "\")"); //$NON-NLS-1$
        }
        if (m.formatVersion() < 1 || m.formatVersion() > DatasetMetadata.FORMAT_VERSION) {
            throw new DatasetException(file, "format version " + m.formatVersion() //$NON-NLS-1$
                    + " is not supported (this SeisLens reads version " + DatasetMetadata.FORMAT_VERSION + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        checkShape(file, m);
        checkKeys(directory, m);
        return m;
    }

    private static void checkKeys(Path directory, DatasetMetadata m) throws DatasetException {
        List<String> keys = m.ensembleKeys();
        if (keys == null) {
            return;
        }
        DatasetLayout layout = new DatasetLayout(directory);
        for (String key : keys) {
            // Also refuses any key that would name a file outside ensembles/ (.., /, absolute paths).
            layout.ensembleIndex(key);
        }
    }

    private static void checkShape(Path file, DatasetMetadata m) throws DatasetException {
        if (m.traceCount() < 0 || m.traceCount() > MAX_TRACES) {
            throw new DatasetException(file, "trace_count " + m.traceCount() + " is outside [0, " + MAX_TRACES + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (m.sampleCount() < 0 || m.sampleCount() > MAX_SAMPLES) {
            throw new DatasetException(file, "sample_count " + m.sampleCount() + " is outside [0, " + MAX_SAMPLES //$NON-NLS-1$ //$NON-NLS-2$
                    + "]"); //$NON-NLS-1$
        }
        if (!(m.sampleIntervalUs() >= 0) || Double.isInfinite(m.sampleIntervalUs())) {
            throw new DatasetException(file, "sample_interval_us " + m.sampleIntervalUs() + " is not a valid interval"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (m.dtype() == null) {
            throw new DatasetException(file, "has no dtype"); //$NON-NLS-1$
        }
        SampleType type = sampleType(file, m);
        DatasetMetadata.ChunkLayout layout = m.chunkLayout();
        if (layout == null || layout.array() == null || layout.shape() == null || layout.chunks() == null) {
            throw new DatasetException(file, "has no complete chunk_layout"); //$NON-NLS-1$
        }
        if (!DatasetLayout.SAMPLES.equals(layout.array())) {
            throw new DatasetException(file, "chunk_layout.array must be " + DatasetLayout.SAMPLES + ", not " //$NON-NLS-1$ //$NON-NLS-2$
                    + layout.array());
        }
        if (!List.of(m.traceCount(), (long) m.sampleCount()).equals(layout.shape())) {
            throw new DatasetException(file, "chunk_layout.shape " + layout.shape() + " differs from trace_count " //$NON-NLS-1$ //$NON-NLS-2$
                    + m.traceCount() + " x sample_count " + m.sampleCount()); //$NON-NLS-1$
        }
        List<Integer> chunks = layout.chunks();
        if (chunks.size() != 2 || chunks.get(0) == null || chunks.get(1) == null || chunks.get(0) < 1
                || chunks.get(1) < 1) {
            throw new DatasetException(file, "chunk_layout.chunks " + chunks + " is not two positive extents"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // In double: two int extents times the item size can overflow a long.
        double chunkBytes = (double) chunks.get(0) * chunks.get(1) * type.byteSize();
        if (chunkBytes > MAX_CHUNK_BYTES) {
            throw new DatasetException(file, "chunks of " + chunks.get(0) + " x " + chunks.get(1) + " samples (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + String.format(java.util.Locale.ROOT, "%.0f", chunkBytes) + " bytes) exceed the limit of " + MAX_CHUNK_BYTES + " bytes per chunk"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    public static SampleType sampleType(Path file, DatasetMetadata m) throws DatasetException {
        for (SampleType type : SampleType.values()) {
            // Exactly as SeisLens writes it: little-endian, so another byte order is refused, not swapped.
            if (type.dtype().equals(m.dtype())) {
                return type;
            }
        }
        throw new DatasetException(file, "dtype " + m.dtype() + " is not a sample type SeisLens writes"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean compressorAgrees(ZarrArrayMetadata z, DatasetMetadata m) {
        String stated = m.chunkLayout().compressor();
        ZarrCompressor actual = z.compressor();
        // Older metadata may not state the compressor; when it does, the array must use it.
        return stated == null || (actual == null ? "none".equals(stated) : actual.id().equals(stated)); //$NON-NLS-1$
    }

    /**
     * @param file the file a message is about
     * @param e a failure whose message may start with the file's name
     * @return the message without the file's name, so the caller's exception names it once
     */
    public static String withoutFile(Path file, Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String name = file.toString();
        if (message.startsWith(name)) {
            message = message.substring(name.length()).replaceFirst("^[:\\s]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return message;
    }

    /**
     * Opens the sample array read-only, refusing a {@code .zarray} that disagrees with the metadata or claims
     * chunks larger than {@link #MAX_CHUNK_BYTES}.
     *
     * @param directory the dataset directory
     * @param m its checked metadata
     * @return the array
     * @throws DatasetException naming the file at fault
     */
    public static ZarrArray openSamples(Path directory, DatasetMetadata m) throws DatasetException {
        DatasetLayout files = new DatasetLayout(directory);
        Path arrayDir = files.samples();
        Path zarray = files.samplesDescription();
        if (!Files.isRegularFile(zarray)) {
            throw new DatasetException(zarray, "missing: the dataset has no sample array"); //$NON-NLS-1$
        }
        ZarrArray array;
        try {
            // SeisLens writes every chunk: one that is missing is damage, not fill values.
            array = ZarrArray.open(arrayDir, new ZarrLimits(MAX_CHUNK_BYTES, 1 << 20, true));
        } catch (IOException e) {
            throw new DatasetException(zarray, "not a valid Zarr array: " + withoutFile(zarray, e), e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new DatasetException(zarray, "not a valid Zarr array: " + e.getMessage(), e); //$NON-NLS-1$
        }
        ZarrArrayMetadata z = array.metadata();
        String problem = null;
        if (z.rank() != 2) {
            problem = "has rank " + z.rank() + ", a dataset's samples have rank 2"; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (z.shape(0) != m.traceCount() || z.shape(1) != m.sampleCount()) {
            problem = "shape " + z.shape(0) + " x " + z.shape(1) + " differs from " + DatasetMetadata.FILE_NAME //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " (" + m.traceCount() + " x " + m.sampleCount() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (z.chunks(0) != m.chunkLayout().chunks().get(0) || z.chunks(1) != m.chunkLayout().chunks().get(1)) {
            problem = "chunks " + z.chunks(0) + " x " + z.chunks(1) + " differ from " + DatasetMetadata.FILE_NAME; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (!z.dtype().code().equals(m.dtype())) {
            // The same size in the other byte order would read as byte-swapped values.
            problem = "dtype " + z.dtype().code() + " differs from " + DatasetMetadata.FILE_NAME + " (" + m.dtype() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } else if (z.dimensionSeparator() != ChunkKeySeparator.DOT) {
            problem = "dimension_separator \"" + z.dimensionSeparator().text() //$NON-NLS-1$
                    + "\" is not the \".\" SeisLens writes (its chunk files would not be found)"; //$NON-NLS-1$
        } else if (!compressorAgrees(z, m)) {
            ZarrCompressor c = z.compressor();
            problem = "compressor " + (c == null ? "none" : c.id()) + " differs from " + DatasetMetadata.FILE_NAME //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " (" + m.chunkLayout().compressor() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (problem != null) {
            array.close();
            throw new DatasetException(zarray, problem);
        }
        return array;
    }
}
