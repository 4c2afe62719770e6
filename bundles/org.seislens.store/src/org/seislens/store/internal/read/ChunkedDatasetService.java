package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetInfo;
import org.seislens.core.DatasetService;
import org.seislens.core.DatasetVerification;
import org.seislens.core.DatasetWriter;
import org.seislens.core.DerivedDataset;
import org.seislens.core.ObjectStoreCredentials;
import org.seislens.segy.TraceHeaderField;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;
import org.seislens.store.internal.layout.DatasetValidator;
import org.seislens.store.internal.layout.NativeLibraries;
import org.seislens.store.internal.storage.Storage;
import org.seislens.zarr.io.ZarrArray;

/**
 * Opens dataset directories read-only, lazily, on top of the one shared {@link DataCache}: every dataset
 * handle of the runtime caches its chunks, windows and header columns there.
 */
@Component(service = DatasetService.class)
public final class ChunkedDatasetService implements DatasetService {

    /** The columns of headers.parquet a reader offers: trace_index and one per trace header field. */
    static final List<String> HEADER_COLUMNS;

    static {
        List<String> names = new ArrayList<>();
        names.add(DatasetLayout.TRACE_INDEX);
        for (TraceHeaderField f : TraceHeaderField.values()) {
            names.add(f.fieldName());
        }
        HEADER_COLUMNS = List.copyOf(names);
    }

    /**
     * Chunk requests one window read from object storage has in flight at most: a 1000 x 1000 window of the
     * importer's chunks (128 traces x at most 256 samples) needs about 45, so they all go out at once.
     */
    static final int REMOTE_READERS = 48;

    private final DataCache cache;
    private final int readerCount;
    private final ExecutorService readers;
    /** Readers of datasets in object storage: many, since each mostly waits for a response. */
    private final ExecutorService remoteReaders;
    private final Storage storage = new Storage();
    /** Whether a dataset's opening has started {@link #warmHeaderReading} in this runtime. */
    private final AtomicBoolean headerReadingWarmed = new AtomicBoolean();

    /**
     * @param cache the shared cache
     */
    @Activate
    public ChunkedDatasetService(@Reference DataCache cache) {
        this.cache = cache;
        NativeLibraries.prepare();
        this.readerCount = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger n = new AtomicInteger();
        this.readers = Executors.newFixedThreadPool(readerCount, r -> {
            Thread t = new Thread(r, "SeisLens chunk reader " + n.incrementAndGet()); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        AtomicInteger r = new AtomicInteger();
        // Started only when a dataset in object storage is read, and ended when idle for a while.
        ThreadPoolExecutor remote = new ThreadPoolExecutor(REMOTE_READERS, REMOTE_READERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "SeisLens object reader " + r.incrementAndGet()); //$NON-NLS-1$
                    t.setDaemon(true);
                    return t;
                });
        remote.allowCoreThreadTimeOut(true);
        this.remoteReaders = remote;
    }

    /** Stops the reader threads. */
    @Deactivate
    public void deactivate() {
        readers.shutdownNow();
        remoteReaders.shutdownNow();
    }

    @Override
    public Path location(String location) throws DatasetException {
        return storage.path(location);
    }

    @Override
    public Path location(String location, ObjectStoreCredentials credentials) throws DatasetException {
        return storage.path(location, credentials);
    }

    /** @return the shared cache this service uses */
    DataCache cache() {
        return cache;
    }

    @Override
    public Dataset open(Path directory, IProgressMonitor monitor) throws DatasetException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        Storage.check(directory);
        warmHeaderReading(directory);
        DatasetMetadata m = DatasetValidator.readMetadata(directory);
        sub.split(1);
        ZarrArray samples = DatasetValidator.openSamples(directory, m);
        if (sub.isCanceled()) {
            samples.close();
            throw new OperationCanceledException();
        }
        sub.split(1);
        boolean remote = Storage.isRemote(directory);
        return new ChunkedDataset(descriptor(directory, m), cacheId(directory, m), cache,
                remote ? remoteReaders : readers, remote ? REMOTE_READERS : readerCount, samples, m);
    }

    /**
     * Once per runtime, when the first local dataset is opened: reads its first raw trace header on a thread of
     * its own and forgets it, while the caller reads the dataset's metadata. That loads what every first header
     * read of a runtime waits for otherwise (zstd-jni's binding, which links all its native functions at once,
     * ~0.1 s; parquet-format's Thrift classes), so the dataset's own first read finds them ready; an export's
     * first block waited for them (measured on the demo survey: its first write ~0.1 s after the dataset was
     * open). Later openings cost nothing. A dataset in object storage is left alone: there the warm-up would
     * be requests for a footer nobody may read.
     */
    private void warmHeaderReading(Path directory) {
        if (Storage.isRemote(directory) || !headerReadingWarmed.compareAndSet(false, true)) {
            return;
        }
        Path headers = new DatasetLayout(directory).headers();
        Thread.ofPlatform().daemon().name("SeisLens header warm-up") //$NON-NLS-1$
                .start(() -> RawHeaderReader.warmUp(headers));
    }

    @Override
    public boolean isDataset(Path path) {
        return DatasetLayout.isDataset(path);
    }

    @Override
    public Path defaultDatasetDirectory(Path source) {
        return DatasetLayout.defaultDatasetDirectory(source);
    }

    @Override
    public DatasetInfo describe(Path directory, IProgressMonitor monitor) throws DatasetException {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        Storage.check(directory);
        DatasetMetadata m = DatasetValidator.readMetadata(directory);
        sub.split(1);
        try (ZarrArray samples = DatasetValidator.openSamples(directory, m)) {
            sub.split(1);
            Path file = new DatasetLayout(directory).metadata();
            try {
                return new DatasetInfo(descriptor(directory, m), Files.readString(file));
            } catch (IOException e) {
                throw new DatasetException(file, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
    }

    @Override
    public DatasetVerification verify(Path directory, IProgressMonitor monitor) throws DatasetException {
        Storage.check(directory);
        return DatasetVerifier.verify(directory, monitor);
    }

    @Override
    public List<Path> removeLeftovers(Path parent, IProgressMonitor monitor) throws DatasetException {
        return DatasetLayout.removeLeftovers(parent, monitor);
    }

    private static DatasetDescriptor descriptor(Path directory, DatasetMetadata m) throws DatasetException {
        String name = directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
        if (m.source() != null && m.source().path() != null) {
            Path source = Path.of(m.source().path()).getFileName();
            if (source != null) {
                name = source.toString();
            }
        }
        return new DatasetDescriptor(directory, name, m.traceCount(), m.sampleCount(), m.sampleIntervalUs(),
                DatasetValidator.sampleType(new DatasetLayout(directory).metadata(), m),
                m.ensembleKeys() == null ? List.of() : m.ensembleKeys(), HEADER_COLUMNS);
    }

    @Override
    public DatasetWriter createDerived(Dataset source, DerivedDataset spec, Path target, boolean force,
            IProgressMonitor monitor) throws DatasetException {
        return org.seislens.store.internal.importer.DerivedDatasetWriter.create(source, spec, target, force, monitor);
    }

    /**
     * Every handle of one dataset shares its cache entries; a re-imported dataset (new creation time) gets
     * new ones.
     */
    private static String cacheId(Path directory, DatasetMetadata m) {
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            real = directory.toAbsolutePath().normalize();
        }
        return Storage.identity(real) + "@" + m.created(); //$NON-NLS-1$
    }
}
