package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SampleType;
import org.seislens.core.SegyImportService;
import org.seislens.core.SegyPreview;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.store.internal.layout.AdditionalTraceHeaders;
import org.seislens.store.internal.layout.DatasetDraft;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;
import org.seislens.store.internal.layout.NativeLibraries;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.io.ZarrArray;

/**
 * Imports SEG-Y and Seismic Unix files into dataset directories in one streaming pass: samples to a Zarr v2
 * array, trace headers to Parquet, one ensemble index per key, and metadata.json. Everything is written into
 * a hidden sibling directory that is renamed into place at the end, or deleted on failure or cancellation.
 */
@Component(service = SegyImportService.class)
public final class SegyImporter implements SegyImportService {

    private static final String SAMPLES = DatasetLayout.SAMPLES;
    private static final String HEADERS = DatasetLayout.HEADERS;
    /** File headers larger than this (thousands of extended textual headers) are not kept. */
    private static final long MAX_FILE_HEADER_BYTES = 16L << 20;
    private static final String ENSEMBLES = DatasetLayout.ENSEMBLES;

    /**
     * Creates the importer; in OSGi, also extracts the compression libraries' native code once per user
     * ({@link NativeLibraries}).
     */
    @Activate
    public SegyImporter() {
        NativeLibraries.prepare();
    }

    @Override
    public ImportSummary importFile(Path source, Path dataset, ImportOptions options, IProgressMonitor monitor)
            throws DatasetException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName(), 1000); //$NON-NLS-1$
        long started = System.nanoTime();
        Path target = ImportTarget.check(source, dataset, options.force());
        List<TraceHeaderField> keys = keyFields(source, options.ensembleKeys());
        removeLeftovers(target);
        try (SegyReader reader = open(source, options)) {
            SegyLayout layout = reader.layout();
            if (layout.traceCount() == 0) {
                throw new DatasetException(source, "contains no traces"); //$NON-NLS-1$
            }
            // An unpublished draft is deleted when it closes, whatever made the import stop.
            try (DatasetDraft draft = DatasetDraft.create(target)) {
                Path work = draft.directory();
                Files.createDirectory(work.resolve(ENSEMBLES));
                Files.createDirectory(work.resolve(".scratch")); //$NON-NLS-1$
                copyFileHeaders(source, layout.dataOffset(), draft.layout().fileHeaders());
                AdditionalTraceHeaders.copy(layout, draft.layout().additionalHeaders());
                ImportSummary summary = write(reader, work, target, keys, progress);
                DatasetDraft.deleteTree(work.resolve(".scratch")); //$NON-NLS-1$
                // On disk a rename; into object storage the upload, which reports progress and can be cancelled.
                progress.setWorkRemaining(1);
                draft.publish(options.force(), progress.split(1));
                // the import's time is until the dataset is complete and in place: metadata written, published
                return new ImportSummary(summary.dataset(), summary.traces(), summary.samples(), summary.sourceBytes(),
                        (System.nanoTime() - started) / 1e9, summary.ensembleCounts(), summary.anomalies());
            }
        } catch (SegyFormatException e) {
            throw new DatasetException(source, withoutFile(source, e.getMessage()), e);
        } catch (NoSuchFileException e) {
            throw new DatasetException(Path.of(String.valueOf(e.getFile())), "does not exist", e); //$NON-NLS-1$
        } catch (AccessDeniedException e) {
            throw new DatasetException(Path.of(String.valueOf(e.getFile())), "permission denied", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Keeps the source's bytes before its first trace (its file headers) for a byte-exact export. */
    private static void copyFileHeaders(Path source, long bytes, Path to) throws IOException {
        if (bytes <= 0 || bytes > MAX_FILE_HEADER_BYTES) {
            return;
        }
        try (FileChannel in = FileChannel.open(source);
                FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < bytes) {
                long n = in.transferTo(done, bytes - done, out);
                if (n <= 0) {
                    throw new IOException(source + " ended inside its file headers"); //$NON-NLS-1$
                }
                done += n;
            }
        }
    }

    @Override
    public SegyPreview preview(Path source, ImportOptions options, int traceHeaders, IProgressMonitor monitor)
            throws DatasetException {
        if (traceHeaders < 0) {
            throw new IllegalArgumentException("Negative trace header count " + traceHeaders); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Previewing " + source.getFileName(), 10); //$NON-NLS-1$
        try (SegyReader reader = open(source, options)) {
            progress.split(1);
            return SegyPreviews.of(reader, traceHeaders, progress.split(9));
        } catch (SegyFormatException e) {
            throw new DatasetException(source, withoutFile(source, e.getMessage()), e);
        } catch (NoSuchFileException e) {
            throw new DatasetException(source, "does not exist", e); //$NON-NLS-1$
        } catch (AccessDeniedException e) {
            throw new DatasetException(source, "permission denied", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(source, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static SegyReader open(Path source, ImportOptions options) throws DatasetException, SegyFormatException,
            IOException {
        if (!Files.isRegularFile(source)) {
            throw new DatasetException(source, Files.exists(source) ? "is not a file" : "does not exist"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SourceKind kind = options.kind();
        OpenOptions open = OpenOptions.DEFAULT.withKind(kind == null ? FileKind.fromFileName(source)
                : kind == SourceKind.SU ? FileKind.SU : FileKind.SEGY);
        ByteOrder order = options.byteOrder();
        if (order != null) {
            open = open.withByteOrder(order);
        }
        Integer code = options.formatCode();
        if (code != null) {
            SampleFormat format = SampleFormat.fromCode(code);
            if (format == null || !format.isSupported()) {
                throw new DatasetException(source, "sample format " + code + " is not a supported SEG-Y format"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            open = open.withFormat(format);
        }
        return SegyReader.open(source, open);
    }

    private ImportSummary write(SegyReader reader, Path work, Path target, List<TraceHeaderField> keys,
            SubMonitor progress) throws IOException, SegyFormatException, DatasetException {
        SegyLayout layout = reader.layout();
        int samples = layout.samplesPerTrace();
        long traces = layout.traceCount();
        SampleType type = SampleType.fromDtype(layout.format().storageDtype());
        SlabPlan plan = SlabPlan.of(layout, type);
        ZarrCompressor compressor = ZarrCompressor.lz4(1);
        ZarrArrayMetadata zarrMetadata = ZarrArrayMetadata
                .of(new long[] { traces, samples }, new int[] { plan.traceChunk(), plan.sampleChunk() },
                        ZarrDtype.parse(type.dtype()))
                .withCompressor(compressor).withFillValue(0);

        List<EnsembleIndexBuilder> indexes = new ArrayList<>();
        TracePass.Result pass;
        List<Long> ensembleCounts = new ArrayList<>();
        try {
            for (TraceHeaderField key : keys) {
                indexes.add(new EnsembleIndexBuilder(key.fieldName(), work.resolve(".scratch"))); //$NON-NLS-1$
            }
            try (ZarrArray array = ZarrArray.create(work.resolve(SAMPLES), zarrMetadata);
                    HeaderTableWriter headers = new HeaderTableWriter(work.resolve(HEADERS))) {
                pass = TracePass.run(reader, plan, type, array, headers, keys, indexes, progress);
                progress.setWorkRemaining(100);
                ensembleCounts.addAll(TracePass.finish(headers, indexes, work.resolve(ENSEMBLES)));
            }
        } finally {
            // Their scratch files are open until closed, whatever stopped the import.
            for (EnsembleIndexBuilder index : indexes) {
                try {
                    index.close();
                } catch (IOException e) {
                    // A scratch file that does not close is deleted with the draft.
                }
            }
        }
        progress.split(50);
        AmplitudeStatistics statistics = pass.statistics();
        long sampleCountMismatches = pass.sampleCountMismatches();
        long sampleCountExample = pass.sampleCountExample();
        long keyDecreases = pass.keyDecreases();

        List<String> anomalies = new ArrayList<>(layout.anomalies());
        if (sampleCountMismatches > 0 && !mentionsSampleCount(layout.anomalies())) {
            anomalies.add(String.format(Locale.ROOT,
                    "%d trace headers give a sample count (e.g. %d) other than the %d samples in the data", //$NON-NLS-1$
                    sampleCountMismatches, sampleCountExample, samples));
        }
        if (keyDecreases > 0) {
            anomalies.add(String.format(Locale.ROOT, "%s is not monotonic: it decreases %d times", //$NON-NLS-1$
                    keys.get(0).fieldName(), keyDecreases));
        }
        if (statistics.nonFinite() > 0) {
            anomalies.add(String.format(Locale.ROOT, "%d samples are NaN or infinite", statistics.nonFinite())); //$NON-NLS-1$
        }
        DatasetMetadata metadata = metadata(layout, type, zarrMetadata, compressor.id(), statistics, keys, anomalies);
        metadata.write(work.resolve(DatasetMetadata.FILE_NAME));
        progress.split(50);
        // the time is filled in once the dataset is published
        return new ImportSummary(target, traces, samples, layout.fileSize(), 0, ensembleCounts, anomalies);
    }

    private static boolean mentionsSampleCount(List<String> anomalies) {
        for (String a : anomalies) {
            if (a.contains("sample count")) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    private static DatasetMetadata metadata(SegyLayout layout, SampleType type, ZarrArrayMetadata zarr,
            String compressor, AmplitudeStatistics s, List<TraceHeaderField> keys, List<String> anomalies)
            throws IOException {
        Path file = layout.file().toAbsolutePath();
        DatasetMetadata.Source source = new DatasetMetadata.Source(file.toString(), layout.fileSize(),
                Files.getLastModifiedTime(file).toInstant().toString(),
                layout.kind().name().toLowerCase(Locale.ROOT),
                layout.revisionMajor() + "." + layout.revisionMinor(), layout.format().code(), //$NON-NLS-1$
                layout.format().name().toLowerCase(Locale.ROOT),
                layout.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little", //$NON-NLS-1$ //$NON-NLS-2$
                layout.additionalTraceHeaders());
        List<String> texts = new ArrayList<>();
        TextualHeader text = layout.textualHeader();
        if (text != null) {
            texts.add(text.text());
        }
        for (TextualHeader extended : layout.extendedTextualHeaders()) {
            texts.add(extended.text());
        }
        BinaryHeader binary = layout.binaryHeader();
        Map<String, Number> binaryFields = binary == null ? Map.of() : new LinkedHashMap<>(binary.toMap());
        List<String> keyNames = new ArrayList<>();
        for (TraceHeaderField key : keys) {
            keyNames.add(key.fieldName());
        }
        return new DatasetMetadata(DatasetMetadata.FORMAT, DatasetMetadata.FORMAT_VERSION, "SeisLens 1.0.0", //$NON-NLS-1$
                Instant.now().toString(), layout.traceCount(), layout.samplesPerTrace(), layout.sampleInterval(),
                type.dtype(), source, texts, binaryFields,
                new DatasetMetadata.ChunkLayout(SAMPLES, List.of(zarr.shape(0), zarr.shape(1)),
                        List.of(zarr.chunks(0), zarr.chunks(1)), compressor),
                new DatasetMetadata.Statistics(s.min(), s.max(), s.mean(), s.rms(), s.count(), s.nonFinite()), keyNames,
                anomalies);
    }

    private static List<TraceHeaderField> keyFields(Path source, List<String> names) throws DatasetException {
        List<TraceHeaderField> fields = new ArrayList<>();
        for (String name : names) {
            TraceHeaderField field = TraceHeaderField.byName(name);
            if (field == null) {
                List<String> known = new ArrayList<>();
                for (TraceHeaderField f : TraceHeaderField.values()) {
                    known.add(f.fieldName());
                }
                throw new DatasetException(source, "cannot index ensembles on '" + name //$NON-NLS-1$
                        + "': not a trace header column (known: " + String.join(", ", known) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * Removes what crashed imports left beside the target, as far as it can: one that cannot be removed (a
     * permission problem, say) does not stop this import; the cleanup command reports it.
     */
    private static void removeLeftovers(Path target) {
        Path parent = target.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            try {
                DatasetLayout.removeLeftovers(parent, new NullProgressMonitor());
            } catch (DatasetException e) {
                // Left for DatasetService.removeLeftovers (the cleanup command), which names it and the cause.
            }
        }
    }

    private static String withoutFile(Path file, String message) {
        String prefix = file + ": "; //$NON-NLS-1$
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
