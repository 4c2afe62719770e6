package org.seislens.export.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ExportOptions;
import org.seislens.core.ExportSummary;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.QcService;
import org.seislens.core.SegyExportService;
import org.seislens.core.SourceHeaders;
import org.seislens.segy.SampleFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SEG-Y export service: resolves the options into an {@link ExportPlan} and streams the dataset with
 * {@link StreamingExport}, encoding on a pool of threads it owns.
 */
@Component(service = SegyExportService.class)
public final class SegyExportComponent implements SegyExportService {

    private final DatasetService datasets;
    private final ProcessingService processing;
    private final QcService qc;
    private final int threads;
    private final ExecutorService encoders;

    /**
     * @param datasets the service that opens datasets
     * @param processing the service that processes a dataset lazily, for {@code --chain}
     * @param qc the service that reads a dataset's trace edits
     */
    @Activate
    public SegyExportComponent(@Reference DatasetService datasets, @Reference ProcessingService processing,
            @Reference QcService qc) {
        this.datasets = datasets;
        this.processing = processing;
        this.qc = qc;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.encoders = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "SeisLens export encoder " + n.incrementAndGet()); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the encoder threads. */
    @Deactivate
    public void deactivate() {
        encoders.shutdownNow();
    }

    @Override
    public ExportSummary export(Path dataset, Path target, ExportOptions options, IProgressMonitor monitor)
            throws DatasetException {
        long started = System.nanoTime();
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        checkTarget(target, options.force());
        Path chain = options.chain();
        ProcessingChain steps = chain == null ? null : processing.readChain(chain);
        try (Dataset d = datasets.open(dataset, sub.split(1))) {
            Future<?> headersOpened = openRawHeaders(d);
            @Nullable Dataset processed = null;
            try {
                processed = processed(d, chain, steps);
                return export(d, processed != null ? processed : d, target, options, sub, started);
            } finally {
                if (processed != null) {
                    processed.close();
                }
                // before the dataset closes: its raw header reader must not be reopened after
                awaitQuietly(headersOpened);
            }
        }
    }

    /**
     * Starts reading the first raw trace header on an encoder thread, idle until the first samples are read:
     * that opens headers.parquet and loads its reader while the selection, edits and plan are resolved, so the
     * first block's headers do not wait for it. Failures are left to the export's own reads, which report them.
     */
    private Future<?> openRawHeaders(Dataset d) {
        return encoders.submit(() -> {
            if (d.descriptor().traceCount() > 0) {
                d.rawHeaders(0, 1, new NullProgressMonitor());
            }
            return null;
        });
    }

    private static void awaitQuietly(Future<?> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            // the export's own reads report what went wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ExportSummary export(Dataset d, Dataset samples, Path target, ExportOptions options, SubMonitor sub,
            long started) throws DatasetException {
        Path dataset = d.descriptor().location();
        Path chain = options.chain();
        SourceHeaders source = d.sourceHeaders();
        TraceSelection chosen = TraceSelection.of(d, options, sub.split(1));
        ExportEdits edits = new ExportEdits(qc.readEdits(dataset));
        TraceSelection selection = options.dropKilled() ? edits.withoutKilled(chosen, dataset) : chosen;
        String note = edits.note(chosen, options.dropKilled());
        boolean additional = source.additionalTraceHeaders() > 0 && d.additionalHeaders(0, 0, sub.split(0)) != null;
        ExportPlan plan = ExportPlan.of(d.descriptor(), source, options, selection, 1, note, additional);
        double scale = options.autoScale() && chain == null
                ? autoScale(dataset, d, plan.settings().format(), sub.split(1))
                : 1;
        if (scale != 1) {
            plan = ExportPlan.of(d.descriptor(), source, options, selection, scale, note, additional);
        }
        SampleCheck check = new SampleCheck(target, plan.settings().format(), scale,
                plan.settings().samplesPerTrace());
        // a processed dataset has the edits applied to its samples by the processing engine already
        new StreamingExport(samples, d, plan, selection, check, encoders, threads, edits, chain == null)
                .run(target, sub.split(7));
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be read back: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new ExportSummary(target, selection.count(), plan.settings().samplesPerTrace(), bytes,
                (System.nanoTime() - started) / 1e9);
    }

    /** @return the dataset processed lazily by the chain, or {@code null} for none */
    private @Nullable Dataset processed(Dataset d, @Nullable Path chain, @Nullable ProcessingChain steps)
            throws DatasetException {
        if (chain == null || steps == null) {
            return null;
        }
        try {
            return processing.open(d, steps);
        } catch (InvalidChainException e) {
            throw new DatasetException(chain, e.getMessage() + " for " + d.descriptor().location(), e); //$NON-NLS-1$
        }
    }

    private static void checkTarget(Path target, boolean force) throws DatasetException {
        if (Files.isDirectory(target)) {
            throw new DatasetException(target, "is a directory"); //$NON-NLS-1$
        }
        if (Files.exists(target) && !force) {
            throw new DatasetException(target, "already exists; use --force to replace it"); //$NON-NLS-1$
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DatasetException(target, "cannot be created: its folder does not exist"); //$NON-NLS-1$
        }
    }

    /**
     * The scale that makes the dataset's values use the integer format's range; 1 when they are integers that
     * fit already, or the format is floating point.
     */
    private double autoScale(Path directory, Dataset d, SampleFormat format, IProgressMonitor monitor)
            throws DatasetException {
        double limit = SampleCheck.limit(format);
        if (Double.isInfinite(limit)) {
            return 1;
        }
        JsonNode statistics;
        try {
            statistics = new ObjectMapper().readTree(datasets.describe(directory, monitor).metadataJson())
                    .path("statistics"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(directory, "metadata cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        double max = Math.max(Math.abs(statistics.path("min").asDouble()), //$NON-NLS-1$
                Math.abs(statistics.path("max").asDouble())); //$NON-NLS-1$
        if (!(max > 0) || Double.isInfinite(max)) {
            return 1;
        }
        if (!d.descriptor().sampleType().isFloatingPoint() && max <= limit) {
            return 1;
        }
        return limit / max;
    }
}
