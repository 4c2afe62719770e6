package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetWriter;
import org.seislens.core.DerivedDataset;
import org.seislens.core.SampleType;
import org.seislens.store.internal.layout.DatasetDraft;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;
import org.seislens.store.internal.layout.DatasetValidator;
import org.seislens.zarr.io.ZarrArray;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDtype;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a dataset derived from another one: float32 samples with the source's shape and chunking, the source's
 * header table and ensemble indexes copied, and metadata.json with the source's description plus a provenance
 * object. Everything goes into a draft (a locked hidden sibling) that {@link #commit} publishes.
 */
public final class DerivedDatasetWriter implements DatasetWriter {

    private final Path sourceDir;
    private final DatasetMetadata sourceMetadata;
    private final DerivedDataset spec;
    private final Path target;
    private final boolean force;
    private final DatasetDraft draft;
    private final ZarrArray array;
    private final int chunkTraces;
    private final int chunkSamples;
    private final int samples;
    private final AmplitudeStatistics statistics = new AmplitudeStatistics();
    private boolean finished;

    private DerivedDatasetWriter(Path sourceDir, DatasetMetadata sourceMetadata, DerivedDataset spec, Path target,
            boolean force, DatasetDraft draft, ZarrArray array) {
        this.sourceDir = sourceDir;
        this.sourceMetadata = sourceMetadata;
        this.spec = spec;
        this.target = target;
        this.force = force;
        this.draft = draft;
        this.array = array;
        this.chunkTraces = array.metadata().chunks(0);
        this.chunkSamples = array.metadata().chunks(1);
        this.samples = sourceMetadata.sampleCount();
    }

    /**
     * Checks the target as an import does (only a dataset that does not hold the source is replaced), creates the
     * draft and copies the source's headers and ensembles into it.
     *
     * @param source the dataset derived from
     * @param spec the provenance to record
     * @param target the dataset directory to write
     * @param force whether an existing dataset may be replaced
     * @param monitor progress and cancellation
     * @return the writer
     * @throws DatasetException if the target may not be written or the source's files cannot be copied
     */
    public static DerivedDatasetWriter create(Dataset source, DerivedDataset spec, Path target, boolean force,
            IProgressMonitor monitor) throws DatasetException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        Path sourceDir = source.descriptor().location();
        DatasetMetadata m = DatasetValidator.readMetadata(sourceDir);
        Path to = ImportTarget.check(sourceDir.resolve(DatasetLayout.METADATA), target, force);
        DatasetDraft draft;
        try {
            draft = DatasetDraft.create(to);
        } catch (IOException e) {
            throw new DatasetException(to, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
        try {
            DatasetLayout from = new DatasetLayout(sourceDir);
            DatasetLayout into = draft.layout();
            Files.copy(from.headers(), into.headers());
            progress.split(1);
            copyTree(from.ensembles(), into.ensembles());
            progress.split(1);
            List<Integer> chunks = m.chunkLayout().chunks();
            ZarrArrayMetadata z = ZarrArrayMetadata
                    .of(new long[] { m.traceCount(), m.sampleCount() }, new int[] { chunks.get(0), chunks.get(1) },
                            ZarrDtype.parse(SampleType.FLOAT32.dtype()))
                    .withCompressor(ZarrCompressor.lz4(1)).withFillValue(0);
            ZarrArray array = ZarrArray.create(into.samples(), z);
            progress.split(1);
            return new DerivedDatasetWriter(sourceDir, m, spec, to, force, draft, array);
        } catch (IOException e) {
            draft.close();
            throw new DatasetException(to, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (RuntimeException e) {
            draft.close();
            throw e;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectory(to);
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    @Override
    public int chunkTraces() {
        return chunkTraces;
    }

    @Override
    public void writeTraces(long traceStart, int traceCount, float[] block) throws DatasetException {
        long total = sourceMetadata.traceCount();
        if (traceStart % chunkTraces != 0 || traceCount < 1 || traceStart + traceCount > total
                || (traceCount != chunkTraces && traceStart + traceCount != total)
                || block.length != traceCount * samples) {
            throw new IllegalArgumentException("Block of " + traceCount + " traces at " + traceStart //$NON-NLS-1$ //$NON-NLS-2$
                    + " is not a chunk row of " + chunkTraces + " traces x " + samples + " samples"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        // Chunk by chunk, so that nothing of the block's size is allocated (blocks are large enough for the
        // collector to treat them as humongous).
        AmplitudeStatistics stats = new AmplitudeStatistics();
        ByteBuffer chunk = ByteBuffer.allocate(traceCount * chunkSamples * 4).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = chunk.asFloatBuffer();
        long row = traceStart / chunkTraces;
        try {
            for (int s0 = 0, c = 0; s0 < samples; s0 += chunkSamples, c++) {
                int width = Math.min(chunkSamples, samples - s0);
                floats.clear();
                for (int t = 0; t < traceCount; t++) {
                    floats.put(block, t * samples + s0, width);
                }
                chunk.clear().limit(traceCount * width * 4);
                stats.add(chunk, 0, traceCount * width, SampleType.FLOAT32);
                // A full chunk, or the part of an edge chunk inside the array (Zarr pads it).
                array.writeChunk(new long[] { row, c }, chunk);
            }
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
        synchronized (statistics) {
            statistics.merge(stats);
        }
    }

    @Override
    public synchronized Path commit(IProgressMonitor monitor) throws DatasetException {
        if (finished) {
            throw new IllegalStateException(target + " was already committed or aborted"); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        progress.checkCanceled();
        try {
            array.close();
            writeMetadata();
            draft.publish(force, progress.split(1));
            finished = true;
            return target;
        } catch (IOException e) {
            abort();
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (DatasetException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    private void writeMetadata() throws IOException {
        AmplitudeStatistics s = statistics;
        DatasetMetadata m = sourceMetadata;
        DatasetMetadata derived = new DatasetMetadata(DatasetMetadata.FORMAT, DatasetMetadata.FORMAT_VERSION,
                "SeisLens 1.0.0", Instant.now().toString(), m.traceCount(), m.sampleCount(), m.sampleIntervalUs(), //$NON-NLS-1$
                SampleType.FLOAT32.dtype(), m.source(), m.textualHeaders(), m.binaryHeader(),
                new DatasetMetadata.ChunkLayout(DatasetLayout.SAMPLES, m.chunkLayout().shape(),
                        m.chunkLayout().chunks(), ZarrCompressor.lz4(1).id()),
                new DatasetMetadata.Statistics(s.min(), s.max(), s.mean(), s.rms(), s.count(), s.nonFinite()),
                m.ensembleKeys(), m.anomalies());
        ObjectMapper mapper = DatasetMetadata.mapper();
        ObjectNode json = mapper.valueToTree(derived);
        Map<String, Object> provenance = new LinkedHashMap<>(spec.provenance());
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("path", sourceDir.toAbsolutePath().toString()); //$NON-NLS-1$
        source.put("created", m.created()); //$NON-NLS-1$
        provenance.put("source", source); //$NON-NLS-1$
        json.set(spec.provenanceField(), mapper.valueToTree(provenance));
        mapper.writeValue(draft.layout().metadata().toFile(), json);
    }

    @Override
    public synchronized void abort() {
        if (!finished) {
            finished = true;
            array.close();
            draft.close();
        }
    }

    @Override
    public void close() {
        abort();
    }
}
