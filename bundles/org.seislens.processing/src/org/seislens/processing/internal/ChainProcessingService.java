package org.seislens.processing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.DatasetWriter;
import org.seislens.core.DerivedDataset;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingSummary;
import org.seislens.core.QcService;

/**
 * The processing service: chains from JSON, lazily processed datasets on the shared cache, and batch runs
 * written through the dataset service's derived-dataset writer.
 */
@Component(service = ProcessingService.class)
public final class ChainProcessingService implements ProcessingService {

    /** The largest chain file read; a chain is a few hundred bytes. */
    static final long MAX_CHAIN_BYTES = 1 << 20;

    private final DataCache cache;
    private final DatasetService datasets;
    private final QcService qc;
    private final OperatorRegistry registry = OperatorRegistry.builtIn();
    private final ChainJson json = new ChainJson();
    private final int helperCount;
    private final ExecutorService helpers;

    /**
     * @param cache the shared cache
     * @param datasets the dataset service, which writes processed datasets
     * @param qc reads the trace edits applied before every chain
     */
    @Activate
    public ChainProcessingService(@Reference DataCache cache, @Reference DatasetService datasets,
            @Reference QcService qc) {
        this.cache = cache;
        this.datasets = datasets;
        this.qc = qc;
        this.helperCount = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger n = new AtomicInteger();
        this.helpers = Executors.newFixedThreadPool(Math.max(1, helperCount), r -> {
            Thread t = new Thread(r, "SeisLens window processing " + n.incrementAndGet()); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the helper threads. */
    @Deactivate
    public void deactivate() {
        helpers.shutdownNow();
    }

    @Override
    public List<String> operators() {
        return registry.names();
    }

    @Override
    public ProcessingChain parseChain(String text) throws InvalidChainException {
        ProcessingChain chain = json.parse(text);
        registry.check(chain);
        return chain;
    }

    @Override
    public ProcessingChain readChain(Path file) throws DatasetException {
        String text;
        try {
            if (Files.size(file) > MAX_CHAIN_BYTES) {
                throw new DatasetException(file, "is larger than the " + MAX_CHAIN_BYTES + " bytes a chain can have"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, "does not exist", e); //$NON-NLS-1$
        } catch (CharacterCodingException e) {
            throw new DatasetException(file, "is not UTF-8 text", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        try {
            return parseChain(text);
        } catch (InvalidChainException e) {
            throw new DatasetException(file, e.getMessage(), e);
        }
    }

    @Override
    public String toJson(ProcessingChain chain) {
        return json.text(chain);
    }

    /**
     * @param source a dataset
     * @param chain a chain
     * @return the chain bound to the dataset's sampling
     * @throws InvalidChainException if it cannot run on it
     */
    BoundChain bind(Dataset source, ProcessingChain chain) throws InvalidChainException {
        DatasetDescriptor d = source.descriptor();
        double dtMs = d.sampleInterval() / 1000;
        if (!(dtMs > 0)) {
            throw new InvalidChainException(d.location() + " has no sample interval; a chain cannot run on it"); //$NON-NLS-1$
        }
        return new BoundChain(registry.bind(chain, dtMs), json.text(chain), d.sampleCount(), dtMs);
    }

    @Override
    public Dataset open(Dataset source, ProcessingChain chain) throws InvalidChainException {
        TraceEdits edits;
        try {
            edits = edits(source);
        } catch (DatasetException e) {
            throw new InvalidChainException(e.getMessage());
        }
        return new ProcessedDataset(source, bind(source, chain), edits, cache, helpers, helperCount);
    }

    /** The trace edits of the source's directory; none when it has none. */
    private TraceEdits edits(Dataset source) throws DatasetException {
        return new TraceEdits(qc.readEdits(source.descriptor().location()));
    }

    @Override
    public ProcessingSummary process(Dataset source, ProcessingChain chain, Path target, boolean force,
            IProgressMonitor monitor) throws InvalidChainException, DatasetException {
        long started = System.nanoTime();
        SubMonitor progress = SubMonitor.convert(monitor, "Processing " + source.descriptor().name(), 100); //$NON-NLS-1$
        BoundChain bound = bind(source, chain);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("chain", json.map(chain)); //$NON-NLS-1$
        TraceEdits edits = edits(source);
        if (!edits.isEmpty()) {
            Map<String, Object> applied = new LinkedHashMap<>();
            applied.put("file", "qc/edits.parquet"); //$NON-NLS-1$ //$NON-NLS-2$
            applied.put("killed", Integer.valueOf(edits.killed())); //$NON-NLS-1$
            applied.put("reversed", Integer.valueOf(edits.reversed())); //$NON-NLS-1$
            provenance.put("trace_edits", applied); //$NON-NLS-1$
        }
        provenance.put("created_by", "SeisLens 1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$
        int threads = Runtime.getRuntime().availableProcessors();
        try (DatasetWriter writer = datasets.createDerived(source, new DerivedDataset("processing", provenance), //$NON-NLS-1$
                target, force, progress.split(5))) {
            new BatchProcessor(source, bound, edits, threads).run(writer, progress.split(94));
            Path written = writer.commit(progress.split(1));
            DatasetDescriptor d = source.descriptor();
            return new ProcessingSummary(written, d.traceCount(), d.sampleCount(),
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
