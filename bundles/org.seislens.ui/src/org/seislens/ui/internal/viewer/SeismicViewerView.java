package org.seislens.ui.internal.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowData;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.FileDrops;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.open.OpenDatasetJob;
import org.seislens.ui.internal.preferences.Preferences;

/**
 * The seismic viewer: one dataset, or one ensemble of it. The view wires its parts and owns no behaviour of
 * its own: {@link SectionCanvas} paints, {@link CanvasInput} takes the mouse and the keys,
 * {@link WindowLoader} loads windows and renders pictures off the UI thread (and cancels stale loads),
 * {@link TraceSelectionProvider} tells the picked trace to the Trace Headers view and the gather navigator,
 * {@link ViewerSettings} is what handlers change, {@link ViewerState} is what the workbench remembers, and
 * {@link OpenDatasetJob} opens (or imports) what is dropped or asked for.
 */
public class SeismicViewerView extends ViewPart implements DatasetOpener {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_VIEWER;

    private final ViewportController controller = new ViewportController(LoadPolicy.DEFAULT);
    private final ViewerSettings settings = new ViewerSettings(this::settingChanged);
    private final TraceSelectionProvider selection = new TraceSelectionProvider(this::pickedElsewhere);
    private final List<Runnable> chainListeners = new CopyOnWriteArrayList<>();
    private @Nullable ProcessingChain chain;
    private @Nullable IMemento restored;
    private @Nullable ViewerParts parts;

    @Override
    public void init(IViewSite site, @Nullable IMemento memento) throws PartInitException {
        super.init(site, memento);
        restored = memento;
    }

    @Override
    public void createPartControl(Composite parent) {
        ViewerParts made = new ViewerParts(parent, controller, settings, selection,
                () -> Services.find(getSite(), DataCache.class),
                getViewSite().getActionBars().getStatusLineManager(), this::command);
        parts = made;
        org.seislens.ui.internal.qc.QcMarks.attach(this); // Gather QC: marks, edit gestures, undo (issue 15)
        Canvas control = made.canvas().control();
        FileDrops.accept(control, this::dropped);
        getSite().setSelectionProvider(selection);
        selection.follow(getSite().getPage(), SeisLensUi.VIEW_HEADERS);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(SeisLensUi.CONTEXT_GATHERS);
        }
        settings.setDisplay(Preferences.displayDefaults());
        IMemento memento = restored;
        restored = null;
        if (memento != null) {
            restore(ViewerState.restore(memento, settings.curveKey()));
        }
    }

    private ViewerParts parts() {
        ViewerParts p = parts;
        if (p == null) {
            throw new IllegalStateException("The viewer's controls are not created yet"); //$NON-NLS-1$
        }
        return p;
    }

    @Override
    public void saveState(IMemento memento) {
        Section shown = section();
        Ensemble e = shown == null ? null : shown.ensemble();
        new ViewerState(shown == null ? null : shown.dataset().descriptor().location(), e == null ? null : e.key(),
                e == null ? 0 : e.value(), settings.display(), curveKey(), settings.depthAxis()).save(memento);
    }

    /** Shows again what the view showed when the workbench was closed, if it is still there. */
    private void restore(ViewerState state) {
        settings.restore(state);
        Path location = state.dataset();
        DatasetService datasets = Services.find(getSite(), DatasetService.class);
        if (location == null || datasets == null || !datasets.isDataset(location)) {
            return;
        }
        // What the view showed wins over the first gather: that ensemble, or all traces.
        Job job = open(location, false);
        String key = state.ensembleKey();
        UiThread ui = new UiThread(parts().canvas().control());
        if (key != null) {
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    if (event.getResult().isOK()) {
                        ui.exec(() -> openEnsemble(key, state.ensembleValue()));
                    }
                }
            });
        }
    }

    @Override
    public void setFocus() {
        parts().canvas().control().setFocus();
    }

    @Override
    public void dispose() {
        selection.dispose();
        ViewerParts p = parts;
        if (p != null) {
            p.loader().dispose();
        }
        super.dispose();
    }

    // ---- opening

    /**
     * Opens a dataset directory, or imports a SEG-Y or Seismic Unix file into a sibling
     * {@code <name>.seislens} directory first (reusing one an earlier import left), then shows it: the first
     * gather of its first indexed key, or all its traces when it has no ensemble index.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job that opens it
     */
    @Override
    public Job open(Path path) {
        return open(path, true);
    }

    /**
     * Opens a dataset like {@link #open(Path)} but shows all its traces, also when it has an ensemble index.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job that opens it
     */
    public Job openAllTraces(Path path) {
        return open(path, false);
    }

    private Job open(Path path, boolean firstGather) {
        UiThread ui = new UiThread(parts().canvas().control());
        Job job = OpenDatasetJob.open(path, getSite(), opened -> {
            // On the job's thread: the first gather's index is read before the view shows anything.
            Ensemble first = firstGather ? OpenDatasetJob.firstGather(opened, new NullProgressMonitor()) : null;
            ui.exec(() -> show(opened, first), opened::close);
        });
        job.schedule();
        return job;
    }

    /**
     * Opens the first of files dropped on the view: a dataset directory, or a SEG-Y file imported beside
     * itself first.
     *
     * @param files the dropped files' paths
     * @return the job that opens it, or {@code null} when nothing was dropped
     */
    public @Nullable Job dropped(String[] files) {
        return files.length == 0 ? null : open(Path.of(files[0]));
    }

    /**
     * Shows one ensemble of the open dataset. Ensembles whose traces are not contiguous are shown from their
     * first to their last trace.
     *
     * @param key an indexed header key
     * @param value the key's value
     * @return the job that finds it, or {@code null} when no dataset is open
     */
    public @Nullable Job openEnsemble(String key, long value) {
        Dataset d = dataset();
        if (d == null) {
            return null;
        }
        UiThread ui = new UiThread(parts().canvas().control());
        Job job = Job.create(NLS.bind(Messages.Job_ensemble, key, value), monitor -> {
            try {
                Ensemble found = d.ensemble(key, value, monitor);
                if (found == null) {
                    return Status.error(NLS.bind(Messages.Error_openFailed, key + '=' + value));
                }
                ui.exec(() -> showEnsemble(d, found));
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Shows an ensemble already found (by the gather navigator) of a dataset this view has open.
     *
     * @param opened the dataset, which must be the one open in this view
     * @param shown the ensemble
     */
    public void showEnsemble(Dataset opened, Ensemble shown) {
        if (opened == dataset()) {
            show(opened, shown);
        }
    }

    private void show(Dataset opened, @Nullable Ensemble shown) {
        ProcessingChain c = chain;
        if (c != null && opened != dataset()) {
            Dataset processed = null;
            try {
                processed = Services.require(getSite(), ProcessingService.class).open(opened, c);
            } catch (InvalidChainException e) {
                // The chain does not fit this dataset's sampling: show its own samples; the Processing view
                // says why when the user edits the chain.
                Platform.getLog(SeismicViewerView.class).warn(e.getMessage());
            }
            parts().loader().setProcessed(opened, processed);
        }
        Section section = parts().show(opened, shown);
        setPartName(NLS.bind(Messages.Viewer_title, section.title()));
    }

    private void settingChanged(ViewerSettings.Change change) {
        ViewerParts p = parts;
        if (p != null) {
            p.settingChanged(change);
        }
    }

    private void pickedElsewhere(TraceSelection picked) {
        if (picked.section().equals(section()) && picked.hasTrace() && picked.position() != highlighted()) {
            highlight(picked.position());
        }
    }

    /** Runs the gather commands from the n and p keys. */
    private void command(String commandId) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (CommandException e) {
            Platform.getLog(SeismicViewerView.class).error(e.getMessage(), e);
        }
    }

    /**
     * Runs something once an ensemble is on screen (loaded and drawn), on the UI thread: the gather navigator
     * starts prefetching the gathers ahead only then, so that the prefetch never competes with what the user
     * waits for. A later call replaces an earlier one that has not run; it never runs if the view moves on to
     * another ensemble first.
     *
     * @param shown the ensemble
     * @param callback what to run
     */
    public void afterShown(Ensemble shown, Runnable callback) {
        parts().afterShown(shown, callback);
    }

    // ---- processing

    /** @return the processing chain whose result is shown, or {@code null} when the samples are shown raw */
    public @Nullable ProcessingChain chain() {
        return chain;
    }

    /**
     * Shows the open dataset processed by a chain (lazily, window by window, through the processing service),
     * or raw. The visible window is read again in the background; a load still running is cancelled.
     *
     * @param newChain the chain, or {@code null} to show the raw samples
     * @throws InvalidChainException if the chain cannot run on the open dataset; nothing changes then
     */
    public void setChain(@Nullable ProcessingChain newChain) throws InvalidChainException {
        Dataset raw = dataset();
        Dataset processed = null;
        if (newChain != null && raw != null) {
            processed = Services.require(getSite(), ProcessingService.class).open(raw, newChain);
        }
        chain = newChain;
        ViewerParts p = parts();
        p.loader().setProcessed(raw, processed);
        if (raw != null) {
            controller.reload();
            p.viewChanged();
        }
        chainListeners.forEach(Runnable::run);
    }

    /**
     * @param listener told on the UI thread when the chain changes
     */
    public void addChainListener(Runnable listener) {
        chainListeners.add(listener);
    }

    /**
     * @param listener a listener added before
     */
    public void removeChainListener(Runnable listener) {
        chainListeners.remove(listener);
    }

    /** @return the processed dataset whose samples are shown, or {@code null} when the raw ones are */
    public @Nullable Dataset processedDataset() {
        return parts().loader().processed();
    }

    /** @return the window of samples shown (raw or processed), or {@code null} before the first load */
    public @Nullable WindowData displayedWindow() {
        return parts().loader().window();
    }

    // ---- for handlers, the other views and tests

    /**
     * Picks a trace: outlines it, brings it into view and tells selection listeners (the header table).
     *
     * @param position display position of the trace, or -1 for none
     */
    public void highlight(long position) {
        parts().highlight(position);
    }

    /** @return the display position of the picked trace, or -1 */
    public long highlighted() {
        return selection.position();
    }

    /** @return the picked trace as a workbench selection (what the view's site provides) */
    public TraceSelectionProvider selection() {
        return selection;
    }

    /** @return what the handlers change: display settings, axis keys, curve, depth axis */
    public ViewerSettings settings() {
        return settings;
    }

    /** @return what is shown, or {@code null} before a dataset is opened */
    public @Nullable Section section() {
        ViewerParts p = parts;
        return p == null ? null : p.loader().section();
    }

    /** @return the open dataset, or {@code null} */
    public @Nullable Dataset dataset() {
        Section shown = section();
        return shown == null ? null : shown.dataset();
    }

    /** @return the shown ensemble, or {@code null} when the whole dataset is shown */
    public @Nullable Ensemble ensemble() {
        Section shown = section();
        return shown == null ? null : shown.ensemble();
    }

    /** @return the header drawn as a curve above the section, or {@code null} */
    public @Nullable String curveKey() {
        ViewerParts p = parts;
        return p == null ? settings.curveKey() : p.curveKey();
    }

    /**
     * Offers more curves above the plot than the trace headers (the QC attributes), and offers them again when
     * their names change.
     *
     * @param source the curves, or {@code null} for none
     */
    public void setCurveSource(@Nullable CurveSource source) {
        parts().setCurveSource(source);
    }

    /** @return the headers loaded with the window, rows keyed by display position, or {@code null} */
    public @Nullable TraceHeaders loadedHeaders() {
        return parts().loader().headers();
    }

    /** Fits the displayed range into the view. */
    public void zoomToFit() {
        controller.fit();
        parts().viewChanged();
    }

    /** One pixel per trace and per sample. */
    public void zoomOneToOne() {
        controller.oneToOne();
        parts().viewChanged();
    }

    /** @return the rectangle of the canvas where samples are drawn */
    public Rectangle plotArea() {
        return parts().canvas().plotArea();
    }

    /**
     * Draws the current view, axes included, at a chosen plot size, on the UI thread.
     *
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the picture
     */
    public ImageData snapshot(int width, int height) {
        return parts().canvas().snapshot(width, height);
    }

    /** @return the canvas */
    public Canvas canvas() {
        return parts().canvas().control();
    }

    /** @return the navigation state */
    public ViewportController controller() {
        return controller;
    }

    /** @return loads started since the view opened */
    public int loadsStarted() {
        return parts().loader().loadsStarted();
    }

    /** @return loads whose window was shown */
    public int loadsApplied() {
        return parts().loader().loadsApplied();
    }

    /** @return loads that ended cancelled */
    public int loadsCancelled() {
        return parts().loader().loadsCancelled();
    }

    /** @return the text under the plot that describes the sample under the pointer */
    public String readoutText() {
        return parts().readout().readoutText();
    }

    /** @return the cache figures shown under the plot */
    public String cacheText() {
        return parts().readout().cacheText();
    }

    /**
     * @return whether the view shows what it should: no load pending and the last image drawn for the
     *         current viewport and settings
     */
    public boolean isSettled() {
        ViewerParts p = parts;
        return p != null && p.isSettled();
    }

    /**
     * Replaces how windows are read, for tests that hold loads back.
     *
     * @param windowReader the reader; {@link WindowReader#DIRECT} reads the dataset
     */
    public void setWindowReader(WindowReader windowReader) {
        parts().loader().setWindowReader(windowReader);
    }
}
