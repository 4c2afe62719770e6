package org.seislens.store.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place that knows the files of a SeisLens dataset directory and how such a directory is told from any
 * other:
 *
 * <pre>
 * &lt;name&gt;/                       a dataset directory
 *   metadata.json                "format": "seislens-dataset", shape, dtype, keys, statistics
 *   samples.zarr/                Zarr v2 array, traces x samples
 *   headers.parquet              one row per trace: trace_index and the trace header columns
 *   ensembles/&lt;key&gt;.parquet      one ensemble index per key ([a-z0-9_]+)
 *   qc/                          quality-control results (to come)
 * .&lt;name&gt;.importing-&lt;uuid&gt;/     a dataset being written, holding a lock file its writer keeps locked
 * .&lt;name&gt;.replaced-&lt;uuid&gt;/      the dataset a publish is replacing, for the moment between two renames
 * </pre>
 *
 * An instance names the files of one directory; the static methods answer questions about any path.
 */
public final class DatasetLayout {

    /** The dataset's description. */
    public static final String METADATA = "metadata.json"; //$NON-NLS-1$
    /** The sample array's directory. */
    public static final String SAMPLES = "samples.zarr"; //$NON-NLS-1$
    /** The trace header table. */
    public static final String HEADERS = "headers.parquet"; //$NON-NLS-1$
    /** The file of the source's raw file headers, see {@link #fileHeaders()}. */
    public static final String FILE_HEADERS = "file_headers.bin"; //$NON-NLS-1$
    /** The file of the source's rev 2 additional trace headers, see {@link #additionalHeaders()}. */
    public static final String ADDITIONAL_HEADERS = "additional_headers.bin"; //$NON-NLS-1$
    /** The directory of ensemble indexes. */
    public static final String ENSEMBLES = "ensembles"; //$NON-NLS-1$
    /** The directory of quality-control results. */
    public static final String QC = "qc"; //$NON-NLS-1$
    /** The value of {@code format} in metadata.json. */
    public static final String FORMAT = "seislens-dataset"; //$NON-NLS-1$
    /** The name ending of the dataset directory made for a source file by default. */
    public static final String DATASET_SUFFIX = ".seislens"; //$NON-NLS-1$
    /** The header table's and ensemble indexes' column of 0-based trace indices. */
    public static final String TRACE_INDEX = "trace_index"; //$NON-NLS-1$
    /** The ensemble index's column of key values, one row per ensemble in order of first appearance. */
    public static final String ENSEMBLE_VALUE = "value"; //$NON-NLS-1$
    /** The ensemble index's column of trace counts. */
    public static final String ENSEMBLE_TRACE_COUNT = "trace_count"; //$NON-NLS-1$
    /** The ensemble index's column of first traces, -1 for an ensemble that is not contiguous. */
    public static final String ENSEMBLE_FIRST_TRACE = "first_trace"; //$NON-NLS-1$
    /** The ensemble index's list column of trace indices of ensembles that are not contiguous. */
    public static final String ENSEMBLE_TRACE_INDICES = "trace_indices"; //$NON-NLS-1$
    /** The lock file inside a temporary sibling, locked by the process writing it. */
    public static final String LOCK = ".lock"; //$NON-NLS-1$

    private static final String PARQUET = ".parquet"; //$NON-NLS-1$
    private static final String IMPORTING = ".importing-"; //$NON-NLS-1$
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]+"); //$NON-NLS-1$
    private static final String REPLACED = ".replaced-"; //$NON-NLS-1$
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"; //$NON-NLS-1$
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.importing-" + UUID_PATTERN); //$NON-NLS-1$
    private static final Pattern REPLACED_NAME = Pattern.compile("\\.(.+)\\.replaced-" + UUID_PATTERN); //$NON-NLS-1$
    /** metadata.json is a few kilobytes plus the textual headers; a bigger file is not read to tell. */
    private static final long MAX_SNIFF_BYTES = 16L << 20;

    private final Path directory;

    /**
     * @param directory a dataset directory, existing or to be written
     */
    public DatasetLayout(Path directory) {
        this.directory = directory;
    }

    /** @return the dataset directory */
    public Path directory() {
        return directory;
    }

    /** @return the dataset's metadata.json */
    public Path metadata() {
        return directory.resolve(METADATA);
    }

    /** @return the sample array's directory */
    public Path samples() {
        return directory.resolve(SAMPLES);
    }

    /** @return the sample array's {@code .zarray} */
    public Path samplesDescription() {
        return samples().resolve(".zarray"); //$NON-NLS-1$
    }

    /** @return the trace header table */
    public Path headers() {
        return directory.resolve(HEADERS);
    }

    /**
     * @return {@code file_headers.bin}: the source file's bytes before its first trace (textual header, binary
     *         header, extended textual headers) as they were, so an export reproduces them without the source;
     *         absent for Seismic Unix sources and for datasets imported before it was kept
     */
    public Path fileHeaders() {
        return directory.resolve(FILE_HEADERS);
    }

    /**
     * @return {@code additional_headers.bin}: the source's rev 2 additional trace headers as they were, each
     *         trace's in turn ({@link AdditionalTraceHeaders}); absent when the source had none and for datasets
     *         imported before they were kept
     */
    public Path additionalHeaders() {
        return directory.resolve(ADDITIONAL_HEADERS);
    }

    /** @return the directory of ensemble indexes */
    public Path ensembles() {
        return directory.resolve(ENSEMBLES);
    }

    /** @return the directory of quality-control results */
    public Path qc() {
        return directory.resolve(QC);
    }

    /** @return {@code qc/attributes.parquet}: per-trace QC attributes and flags */
    public Path qcAttributes() {
        return qc().resolve("attributes.parquet"); //$NON-NLS-1$
    }

    /** @return {@code qc/edits.parquet}: the trace edits */
    public Path qcEdits() {
        return qc().resolve("edits.parquet"); //$NON-NLS-1$
    }

    /**
     * @param key an ensemble key as metadata.json names it
     * @return {@code ensembles/<key>.parquet}
     * @throws DatasetException naming metadata.json if the key is not a valid key name, so a hostile
     *             metadata.json cannot make a reader open a file outside the dataset
     */
    public Path ensembleIndex(@Nullable String key) throws DatasetException {
        checkKey(key);
        Path file = ensembles().resolve(key + PARQUET).normalize();
        if (!file.startsWith(ensembles().normalize())) {
            throw new DatasetException(metadata(), "ensemble key " + key + " names a file outside the dataset"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return file;
    }

    /**
     * Refuses a file of the dataset that a symbolic link leads out of the dataset directory.
     *
     * @param file a file of this dataset, e.g. {@link #ensembleIndex}
     * @return the file
     * @throws DatasetException naming the file if it resolves outside the dataset directory
     */
    public Path inside(Path file) throws DatasetException {
        Path real;
        Path root;
        try {
            real = file.toRealPath();
            root = directory.toRealPath();
        } catch (IOException e) {
            return file; // Missing or unreadable: the reader that opens it names the file and the cause.
        }
        if (!real.startsWith(root)) {
            throw new DatasetException(file, "leads outside the dataset (to " + real + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return file;
    }

    /**
     * @param key an ensemble key as metadata.json names it
     * @throws DatasetException naming metadata.json if the key is null or not made of {@code [a-z0-9_]}
     */
    public void checkKey(@Nullable String key) throws DatasetException {
        if (key == null || !isKeyName(key)) {
            throw new DatasetException(metadata(), "ensemble key " + (key == null ? "null" : '"' + key + '"') //$NON-NLS-1$ //$NON-NLS-2$
                    + " is not a key name (lower-case letters, digits and _)"); //$NON-NLS-1$
        }
    }

    /**
     * @param key any string
     * @return whether it is a valid ensemble key name: {@code [a-z0-9_]+}
     */
    public static boolean isKeyName(String key) {
        return KEY.matcher(key).matches();
    }

    /**
     * Tells, cheaply and without throwing, whether a path is a dataset directory: a directory whose
     * metadata.json carries the SeisLens format marker and that holds a sample array. It does not check that
     * the dataset is sound.
     *
     * @param path any path
     * @return whether it is a dataset directory
     */
    public static boolean isDataset(Path path) {
        DatasetLayout layout = new DatasetLayout(path);
        Path metadata = layout.metadata();
        try {
            if (!Files.isDirectory(path) || !Files.isRegularFile(layout.samplesDescription())
                    || !Files.isRegularFile(metadata) || Files.size(metadata) > MAX_SNIFF_BYTES) {
                return false;
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(metadata)) {
                root = new ObjectMapper().readTree(in);
            }
            return root != null && root.isObject() && FORMAT.equals(root.path("format").asText(null)); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @param source a SEG-Y or Seismic Unix file
     * @return {@code <name>.seislens} beside it, the name without its extension
     */
    public static Path defaultDatasetDirectory(Path source) {
        Path name = source.getFileName();
        String file = name == null ? source.toString() : name.toString();
        int dot = file.lastIndexOf('.');
        return source.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + DATASET_SUFFIX);
    }

    /**
     * @param target the dataset directory to be written
     * @return a new name for its hidden temporary sibling: {@code .<name>.importing-<uuid>}
     */
    public static Path temporarySibling(Path target) {
        Path name = target.getFileName();
        return target.resolveSibling("." + (name == null ? "dataset" : name.toString()) + IMPORTING //$NON-NLS-1$ //$NON-NLS-2$
                + UUID.randomUUID());
    }

    /**
     * @param target a dataset directory about to be replaced
     * @return a new name for it while it is replaced: {@code .<name>.replaced-<uuid>}
     */
    public static Path replacedSibling(Path target) {
        Path name = target.getFileName();
        return target.resolveSibling("." + (name == null ? "dataset" : name.toString()) + REPLACED + UUID.randomUUID()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param path any path
     * @return the dataset directory that a {@link #replacedSibling} was moved away from, or {@code null} when
     *         the name is not that of a replaced sibling
     */
    public static @Nullable Path replacedTarget(Path path) {
        Path name = path.getFileName();
        Matcher m = name == null ? null : REPLACED_NAME.matcher(name.toString());
        return m != null && m.matches() ? path.resolveSibling(m.group(1)) : null;
    }

    /**
     * @param path any path
     * @return whether its name is that of a hidden temporary sibling
     */
    public static boolean isTemporarySibling(Path path) {
        Path name = path.getFileName();
        return name != null && TEMPORARY.matcher(name.toString()).matches();
    }

    /**
     * Removes the hidden temporary siblings that interrupted writes left in a directory; see {@link Leftovers}.
     * A writer calls it before it starts, the dataset service for whoever asks.
     *
     * @param parent the directory that holds datasets
     * @param monitor progress and cancellation
     * @return the leftovers removed
     * @throws DatasetException naming the directory or the leftover that cannot be listed or removed
     */
    public static List<Path> removeLeftovers(Path parent, IProgressMonitor monitor) throws DatasetException {
        return Leftovers.remove(parent, monitor);
    }

    @Override
    public String toString() {
        return "DatasetLayout[" + directory + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
