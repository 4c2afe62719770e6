package org.seislens.ui.internal.qc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.seislens.core.DatasetException;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.TraceEdit;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.open.DatasetRule;

/**
 * The QC state of one dataset directory as the workbench sees it: the attributes and flags of its last QC run and
 * its trace edits. Edits change here at once (the marks follow on the next paint) and are written to
 * {@code qc/edits.parquet} through the {@link QcService} by a background job; several quick changes end in one
 * write of the latest state. Every view of the same directory shares one instance, so a change made in the viewer
 * shows in the Edits view and the map. Listeners are told on the UI thread.
 */
public final class DatasetQc {

    /** What changed. */
    public enum Change {
        /** The edits in memory changed. */
        EDITS,
        /** The edits file now holds the edits in memory. */
        WRITTEN,
        /** The attributes and flags were read (again). */
        ATTRIBUTES
    }

    private static final Map<Path, DatasetQc> SHARED = new ConcurrentHashMap<>();

    private final Path location;
    private final TreeMap<Long, TraceEdit> edits = new TreeMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Job loader;
    private final Job writer;
    private volatile @Nullable QcAttributes attributes;
    /** The first reason of each row of {@link #attributes}, {@code null} when none: painting needs it fast. */
    private volatile @Nullable String @Nullable [] firstReasons;
    private volatile @Nullable String problem;
    private volatile boolean editsLoaded;
    private int changes;
    private int written;

    private DatasetQc(Path location) {
        this.location = location;
        loader = Job.create(NLS.bind(Messages.Job_load, location.getFileName()), this::load);
        loader.setSystem(true);
        loader.setRule(new DatasetRule(location));
        writer = Job.create(NLS.bind(Messages.Job_write, location.getFileName()), this::write);
        writer.setSystem(true);
        writer.setRule(new DatasetRule(location));
        loader.schedule();
    }

    /**
     * @param dataset a dataset directory
     * @return its QC state, shared by all views; read in the background when first asked for
     */
    public static DatasetQc of(Path dataset) {
        return SHARED.computeIfAbsent(dataset.toAbsolutePath().normalize(), DatasetQc::new);
    }

    /** @return the dataset directory */
    public Path location() {
        return location;
    }

    /** @param listener told on the UI thread what changed */
    public void addListener(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeListener(Consumer<Change> listener) {
        listeners.remove(listener);
    }

    /** Reads the attributes and flags again, after a QC run. */
    public void reload() {
        loader.schedule();
    }

    /** @return the job that reads the files, for tests that wait for it */
    Job loader() {
        return loader;
    }

    /** @return the job that writes the edits, for tests that wait for it */
    Job writer() {
        return writer;
    }

    /** @return whether the edits were read and every change since is written */
    public synchronized boolean isSaved() {
        return editsLoaded && written == changes && writer.getState() == Job.NONE;
    }

    /** @return the attributes of the last QC run, or {@code null} when QC has not run or its file is unreadable */
    public @Nullable QcAttributes attributes() {
        return attributes;
    }

    /** @return why the attributes or edits could not be read, or {@code null} */
    public @Nullable String problem() {
        return problem;
    }

    /**
     * @param trace a trace index
     * @return the trace's edit, or {@code null}
     */
    public synchronized @Nullable TraceEdit edit(long trace) {
        return edits.get(Long.valueOf(trace));
    }

    /** @return all edits in trace order */
    public synchronized List<TraceEdit> edits() {
        return List.copyOf(edits.values());
    }

    /**
     * @param trace a trace index
     * @return the reasons the trace is flagged for, empty when none or QC has not run
     */
    public List<String> reasons(long trace) {
        QcAttributes a = attributes;
        int row = a == null ? -1 : row(a, trace);
        return row < 0 || a == null ? List.of() : a.reasons(row);
    }

    /**
     * @param trace a trace index
     * @return the first reason the trace is flagged for, or {@code null} when none or QC has not run
     */
    public @Nullable String firstReason(long trace) {
        QcAttributes a = attributes;
        @Nullable String[] first = firstReasons;
        int row = a == null || first == null ? -1 : row(a, trace);
        return row < 0 || first == null || row >= first.length ? null : first[row];
    }

    private static @Nullable String[] firstReasons(QcAttributes a) {
        @Nullable String[] first = new @Nullable String[a.flags().size()];
        for (int row = 0; row < first.length; row++) {
            String f = a.flags().get(row);
            if (!f.isEmpty()) {
                int comma = f.indexOf(',');
                first[row] = (comma < 0 ? f : f.substring(0, comma)).intern();
            }
        }
        return first;
    }

    /**
     * @param a attributes
     * @param trace a trace index
     * @return its row, or a negative number
     */
    static int row(QcAttributes a, long trace) {
        long[] t = a.traceIndices();
        if (trace < t.length && t[(int) trace] == trace) {
            return (int) trace;
        }
        return Arrays.binarySearch(t, trace);
    }

    /**
     * Changes edits in memory and writes them in the background.
     *
     * @param changed the new edit of each trace, {@code null} to clear it
     * @return the edits those traces had before, in the same form
     */
    public Map<Long, @Nullable TraceEdit> apply(Map<Long, @Nullable TraceEdit> changed) {
        Map<Long, @Nullable TraceEdit> before = new HashMap<>();
        synchronized (this) {
            for (Map.Entry<Long, @Nullable TraceEdit> e : changed.entrySet()) {
                TraceEdit edit = e.getValue();
                before.put(e.getKey(), edit == null ? edits.remove(e.getKey()) : edits.put(e.getKey(), edit));
            }
            changes++;
        }
        writer.schedule();
        fire(Change.EDITS);
        return before;
    }

    private IStatus load(IProgressMonitor monitor) {
        QcService qc = Services.require(QcService.class);
        String trouble = null;
        if (!editsLoaded) {
            try {
                List<TraceEdit> read = qc.readEdits(location);
                synchronized (this) {
                    for (TraceEdit e : read) {
                        edits.putIfAbsent(Long.valueOf(e.traceIndex()), e);
                    }
                    editsLoaded = true;
                }
                fire(Change.EDITS);
            } catch (DatasetException e) {
                trouble = e.getMessage();
            }
        }
        try {
            QcAttributes read = qc.readAttributes(location);
            firstReasons = firstReasons(read);
            attributes = read;
        } catch (DatasetException e) {
            // QC has not run yet: no flags to show, not a failure
            attributes = null;
            firstReasons = null;
        }
        problem = trouble;
        fire(Change.ATTRIBUTES);
        return Status.OK_STATUS;
    }

    private IStatus write(IProgressMonitor monitor) {
        List<TraceEdit> snapshot;
        int generation;
        synchronized (this) {
            if (!editsLoaded) {
                // never replace a file not read yet: write once the load has run, or not at all if it failed
                if (loader.getState() == Job.NONE) {
                    return Status.error(NLS.bind(Messages.Error_notRead, location, problem));
                }
                writer.schedule(100);
                return Status.OK_STATUS;
            }
            snapshot = new ArrayList<>(edits.values());
            generation = changes;
        }
        try {
            Services.require(QcService.class).writeEdits(location, snapshot);
        } catch (DatasetException e) {
            Platform.getLog(DatasetQc.class).error(e.getMessage(), e);
            return Status.error(e.getMessage());
        }
        synchronized (this) {
            written = Math.max(written, generation);
        }
        fire(Change.WRITTEN);
        return Status.OK_STATUS;
    }

    private void fire(Change change) {
        if (listeners.isEmpty() || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        Runnable tell = () -> listeners.forEach(l -> l.accept(change));
        if (Display.getCurrent() == display) {
            tell.run();
        } else if (!display.isDisposed()) {
            display.asyncExec(tell);
        }
    }
}
