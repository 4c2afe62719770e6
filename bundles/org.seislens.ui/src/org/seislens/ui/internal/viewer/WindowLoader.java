package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * Loads what the viewer draws, off the UI thread: the windows of samples (and the headers the axis and the
 * curve need) that the {@link ViewportController} asks for. One load reads what the shown panels need (the
 * stored samples, the processed ones, or both and their difference) for the same bounds, so the panels always
 * agree. A new load cancels the one still running ({@link #startLoad}): stale windows are never read to the
 * end. It owns the open dataset and closes it when another is shown or the view closes. Used on the UI thread;
 * the jobs hand their results back through {@link UiThread}.
 */
final class WindowLoader {

    /** Told on the UI thread when something arrived. */
    interface Listener {
        /** A window (and its headers) is in, or headers were read again. */
        void loaded();
    }

    private final ViewportController controller;
    private final ViewerSettings settings;
    private final UiThread ui;
    private final Listener listener;
    private final AtomicInteger loadsStarted = new AtomicInteger();
    private final AtomicInteger loadsApplied = new AtomicInteger();
    private final AtomicInteger loadsCancelled = new AtomicInteger();
    private final SampleArrays arrays = new SampleArrays();
    private volatile WindowReader reader = WindowReader.DIRECT;
    private @Nullable Section section;
    private @Nullable Dataset processed;
    private @Nullable Dataset processedSource;
    private @Nullable LoadedWindows windows;
    private @Nullable TraceHeaders headers;
    private @Nullable Job loadJob;

    /**
     * @param controller decides which window to read
     * @param settings the display settings and the header keys wanted
     * @param ui the UI thread of the viewer's canvas
     * @param listener told what arrived
     */
    WindowLoader(ViewportController controller, ViewerSettings settings, UiThread ui, Listener listener) {
        this.controller = controller;
        this.settings = settings;
        this.ui = ui;
        this.listener = listener;
    }

    /**
     * Shows another section; the dataset shown before is closed when it is not the same.
     *
     * @param shown the section
     */
    void show(Section shown) {
        Section previous = section;
        if (previous != null && previous.dataset() != shown.dataset()) {
            previous.dataset().close();
        }
        if (processedSource != shown.dataset()) {
            setProcessed(null, null);
        }
        section = shown;
        arrays.release(windows);
        windows = null;
        headers = null;
    }

    /**
     * Shows the samples of a processed form of the dataset instead of its own, from the next load on; its
     * headers and ensembles are the source's. The processed dataset shown before is closed.
     *
     * @param source the dataset it processes, or {@code null} for none
     * @param processedDataset the processed dataset, or {@code null} to show the source's samples
     */
    void setProcessed(@Nullable Dataset source, @Nullable Dataset processedDataset) {
        Dataset previous = processed;
        processed = processedDataset;
        processedSource = processedDataset == null ? null : source;
        if (previous != null && previous != processedDataset) {
            previous.close();
        }
    }

    /** @return the processed dataset whose samples are shown, or {@code null} when the source's are */
    @Nullable
    Dataset processed() {
        return processed;
    }

    /** Reads the window the viewport needs, if it is not loaded or loading. */
    void viewChanged() {
        Section shown = section;
        if (shown == null) {
            return;
        }
        ViewportController.LoadRequest request = controller.requestIfNeeded();
        if (request != null) {
            startLoad(shown, request);
        }
    }

    /** @return the panels shown now: which windows a load reads */
    List<PanelKind> panels() {
        return settings.compareMode().panels(processed != null);
    }

    /** Cancels the load still running: its window is no longer wanted. Then reads the window asked for. */
    private void startLoad(Section shown, ViewportController.LoadRequest request) {
        Job previous = loadJob;
        if (previous != null) {
            previous.cancel();
        }
        WindowBounds bounds = request.bounds();
        List<String> columns = settings.headerColumnsWanted(shown.dataset().descriptor().headerColumns());
        WindowReader windowReader = reader;
        Dataset samplesFrom = processed;
        List<PanelKind> panels = panels();
        boolean readRaw = samplesFrom == null || panels.contains(PanelKind.RAW)
                || panels.contains(PanelKind.DIFFERENCE);
        Section processedSection = samplesFrom == null || panels.equals(List.of(PanelKind.RAW)) ? null
                : new Section(samplesFrom, shown.ensemble());
        Job job = new Job(NLS.bind(Messages.Job_load, bounds.traceStart(), bounds.traceEnd() - 1)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 10);
                WindowLoad load = new WindowLoad(arrays, windowReader, bounds);
                try {
                    WindowData raw = readRaw ? load.read(shown, progress.split(4)) : null;
                    progress.setWorkRemaining(6);
                    WindowData processedData = processedSection == null ? null
                            : load.read(processedSection, progress.split(4));
                    LoadedWindows data = load.windows(raw, processedData);
                    TraceHeaders values = columns.isEmpty() ? null
                            : shown.headers(bounds.traceStart(), bounds.traceEnd(), columns, progress.split(2));
                    if (monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    ui.exec(() -> loaded(shown, request, load, data, values));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    load.drop();
                    loadsCancelled.incrementAndGet();
                    ui.exec(() -> controller.failed(request));
                    return Status.CANCEL_STATUS;
                } catch (DatasetException | RuntimeException e) {
                    load.drop();
                    ui.exec(() -> controller.failed(request));
                    return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
                }
            }
        };
        job.setSystem(true);
        job.setUser(false);
        loadJob = job;
        loadsStarted.incrementAndGet();
        job.schedule();
    }

    private void loaded(Section shown, ViewportController.LoadRequest request, WindowLoad load, LoadedWindows data,
            @Nullable TraceHeaders values) {
        Section current = section;
        if (current == null || current.dataset() != shown.dataset() || !controller.completed(request)) {
            load.drop();
            return;
        }
        // The windows shown before stay readable while a panel's frame still draws them.
        arrays.hold(data);
        arrays.release(windows);
        windows = data;
        headers = values;
        loadsApplied.incrementAndGet();
        listener.loaded();
    }

    /**
     * Reads the headers of the loaded window again, after the curve's key changed.
     *
     * @return whether a read started; when not, there is no window yet
     */
    boolean reloadHeaders() {
        Section shown = section;
        LoadedWindows loaded = windows;
        WindowData data = loaded == null ? null : loaded.shown();
        if (shown == null || loaded == null || data == null) {
            return false;
        }
        List<String> columns = settings.headerColumnsWanted(shown.dataset().descriptor().headerColumns());
        long start = data.bounds().traceStart();
        long end = data.bounds().traceEnd();
        Job job = Job.create(Messages.Job_headers, monitor -> {
            try {
                TraceHeaders values = columns.isEmpty() ? null : shown.headers(start, end, columns, monitor);
                ui.exec(() -> {
                    if (section == shown && windows == loaded) {
                        headers = values;
                        listener.loaded();
                    }
                });
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.schedule();
        return true;
    }

    /** Cancels the jobs and closes the dataset. */
    void dispose() {
        Job job = loadJob;
        if (job != null) {
            job.cancel();
        }
        setProcessed(null, null);
        Section shown = section;
        section = null;
        if (shown != null) {
            shown.dataset().close();
        }
    }

    /** @return what is shown, or {@code null} */
    @Nullable
    Section section() {
        return section;
    }

    /** @return the open dataset, or {@code null} */
    @Nullable
    Dataset dataset() {
        Section shown = section;
        return shown == null ? null : shown.dataset();
    }

    /** @return what a single panel shows of the windows loaded last, or {@code null} */
    @Nullable
    WindowData window() {
        LoadedWindows w = windows;
        return w == null ? null : w.shown();
    }

    /** @return the windows loaded last, or {@code null}; their samples are read again once others are shown */
    @Nullable
    LoadedWindows windows() {
        return windows;
    }

    /** @return the arrays the windows are read into, held by whoever reads the samples of shown windows */
    SampleArrays arrays() {
        return arrays;
    }

    /** @return the headers loaded with the window, rows keyed by display position, or {@code null} */
    @Nullable
    TraceHeaders headers() {
        return headers;
    }

    /** @return loads started */
    int loadsStarted() {
        return loadsStarted.get();
    }

    /** @return loads whose window was shown */
    int loadsApplied() {
        return loadsApplied.get();
    }

    /** @return loads that ended cancelled */
    int loadsCancelled() {
        return loadsCancelled.get();
    }

    /** @param windowReader how windows are read from now on */
    void setWindowReader(WindowReader windowReader) {
        reader = windowReader;
    }
}
