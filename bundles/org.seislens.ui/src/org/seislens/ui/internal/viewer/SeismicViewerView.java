package org.seislens.ui.internal.viewer;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;

/**
 * The seismic viewer: one dataset, or one ensemble of it, raw, processed, or both side by side with their
 * difference. The view is the workbench part and its API (opening, processing, navigation, selection; what other
 * views read from the panels is in {@link ViewerPanelsPart}); it owns no behaviour of its own:
 * {@link ViewerControls} makes its controls and wires them into the site, {@link ViewerParts} tells them of each
 * other ({@link ViewerToolbar}, {@link Panels} of {@link SectionCanvas}es with {@link CanvasInput} and
 * {@link ColourBar}, {@link ReadoutBar}), {@link WindowLoader} loads windows off the UI thread (and cancels stale
 * loads), {@link RenderJob}s render each panel, {@link SectionOpener} opens (or imports) what is dropped or asked
 * for, {@link ProcessedSamples} holds the processing chain, {@link TraceSelectionProvider} tells the picked trace
 * to the Trace Headers view and the gather navigator, {@link ViewerSettings} is what handlers and the toolbar
 * change, and {@link ViewerState} is what the workbench remembers.
 */
public class SeismicViewerView extends ViewerPanelsPart implements DatasetOpener {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_VIEWER;

    private final ViewportController controller = new ViewportController(LoadPolicy.DEFAULT);
    private final ViewerSettings settings = new ViewerSettings(this::settingChanged);
    private final TraceSelectionProvider selection = new TraceSelectionProvider(this::pickedElsewhere);
    private @Nullable IMemento restored;
    private @Nullable ViewerControls controls;

    @Override
    public void init(IViewSite site, @Nullable IMemento memento) throws PartInitException {
        super.init(site, memento);
        restored = memento;
    }

    @Override
    public void createPartControl(Composite parent) {
        ViewerControls made = new ViewerControls(this, parent, controller, settings, selection, this::setPartName);
        controls = made;
        IMemento memento = restored;
        restored = null;
        made.start(memento);
    }

    private ViewerControls controls() {
        ViewerControls c = controls;
        if (c == null) {
            throw new IllegalStateException("The viewer's controls are not created yet"); //$NON-NLS-1$
        }
        return c;
    }

    @Override
    ViewerParts parts() {
        return controls().parts();
    }

    @Override
    public void saveState(IMemento memento) {
        ViewerControls c = controls;
        if (c != null) {
            c.save(memento);
        }
    }

    @Override
    public void setFocus() {
        canvas().setFocus();
    }

    @Override
    public void dispose() {
        selection.dispose();
        ViewerControls c = controls;
        if (c != null) {
            c.dispose();
        }
        super.dispose();
    }

    private void settingChanged(ViewerSettings.Change change) {
        ViewerControls c = controls;
        if (c != null) {
            c.parts().settingChanged(change);
        }
    }

    private void pickedElsewhere(TraceSelection picked) {
        ViewerControls c = controls;
        if (c != null) {
            c.pickedElsewhere(picked);
        }
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
        return controls().opener().open(path, true);
    }

    /**
     * Opens a dataset like {@link #open(Path)} but shows all its traces, also when it has an ensemble index.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job that opens it
     */
    public Job openAllTraces(Path path) {
        return controls().opener().open(path, false);
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
        return d == null ? null : controls().opener().openEnsemble(d, key, value);
    }

    /**
     * Shows an ensemble already found (by the gather navigator) of a dataset this view has open.
     *
     * @param opened the dataset, which must be the one open in this view
     * @param shown the ensemble
     */
    public void showEnsemble(Dataset opened, Ensemble shown) {
        if (opened == dataset()) {
            controls().opener().show(opened, shown);
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
        ViewerControls c = controls;
        return c == null ? null : c.processed().chain();
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
        Dataset processedDataset = controls().processed().set(newChain, raw);
        ViewerParts p = parts();
        p.loader().setProcessed(raw, processedDataset);
        p.samplesChanged();
        controls().processed().changed();
    }

    /**
     * @param listener told on the UI thread when the chain changes
     */
    public void addChainListener(Runnable listener) {
        controls().processed().addListener(listener);
    }

    /**
     * @param listener a listener added before
     */
    public void removeChainListener(Runnable listener) {
        controls().processed().removeListener(listener);
    }

    /** @return the processed dataset whose samples are shown, or {@code null} when the raw ones are */
    public @Nullable Dataset processedDataset() {
        return parts().loader().processed();
    }

    // ---- navigation and selection, for handlers, the other views and tests

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
        ViewerControls c = controls;
        return c == null ? null : c.parts().loader().section();
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
        ViewerControls c = controls;
        return c == null ? settings.curveKey() : c.parts().curveKey();
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

    /** @return the navigation state */
    public ViewportController controller() {
        return controller;
    }

    /**
     * @return whether the view shows what it should: no load pending and the last image drawn for the
     *         current viewport and settings
     */
    public boolean isSettled() {
        ViewerControls c = controls;
        return c != null && c.parts().isSettled();
    }
}
