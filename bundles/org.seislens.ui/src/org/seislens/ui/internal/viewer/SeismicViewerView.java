package org.seislens.ui.internal.viewer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
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
import org.seislens.core.Ensemble;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowData;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.FileDrops;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.preferences.Preferences;

/**
 * The seismic viewer: one dataset, or one ensemble of it, raw, processed, or both side by side with their
 * difference. The view wires its parts and owns no behaviour of its own: {@link ViewerParts} makes the
 * controls ({@link ViewerToolbar}, {@link Panels} of {@link SectionCanvas}es with {@link CanvasInput} and
 * {@link ColourBar}, {@link ReadoutBar}) and tells them of each other, {@link WindowLoader} loads windows off
 * the UI thread (and cancels stale loads), {@link RenderJob}s render each panel, {@link SectionOpener} opens
 * (or imports) what is dropped or asked for, {@link ProcessedSamples} holds the processing chain,
 * {@link TraceSelectionProvider} tells the picked trace to the Trace Headers view and the gather navigator,
 * {@link ViewerSettings} is what handlers and the toolbar change, and {@link ViewerState} is what the workbench
 * remembers.
 */
public class SeismicViewerView extends ViewPart implements DatasetOpener {

    /** The view's id, as contributed in plugin.xml. */
    public static final String ID = SeisLensUi.VIEW_VIEWER;

    private final ViewportController controller = new ViewportController(LoadPolicy.DEFAULT);
    private final ViewerSettings settings = new ViewerSettings(this::settingChanged);
    private final TraceSelectionProvider selection = new TraceSelectionProvider(this::pickedElsewhere);
    private @Nullable ProcessedSamples processed;
    private @Nullable IMemento restored;
    private @Nullable ViewerParts parts;
    private @Nullable SectionOpener opener;

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
        ProcessedSamples chain = new ProcessedSamples(getSite());
        processed = chain;
        opener = new SectionOpener(getSite(), made, chain,
                title -> setPartName(NLS.bind(Messages.Viewer_title, title)));
        for (PanelKind kind : PanelKind.values()) {
            FileDrops.accept(made.panels().panel(kind).canvas().control(), this::dropped);
        }
        org.seislens.ui.internal.qc.QcMarks.attach(this); // Gather QC: marks, edit gestures, undo (issue 15)
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
            ViewerState state = ViewerState.restore(memento, settings.curveKey());
            settings.restore(state);
            made.toolbar().update();
            opener().restore(state);
        }
    }

    private ViewerParts parts() {
        ViewerParts p = parts;
        if (p == null) {
            throw new IllegalStateException("The viewer's controls are not created yet"); //$NON-NLS-1$
        }
        return p;
    }

    private SectionOpener opener() {
        SectionOpener o = opener;
        if (o == null) {
            throw new IllegalStateException("The viewer's controls are not created yet"); //$NON-NLS-1$
        }
        return o;
    }

    private ProcessedSamples processed() {
        ProcessedSamples p = processed;
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
                e == null ? 0 : e.value(), settings.display(), curveKey(), settings.depthAxis(),
                settings.compareMode()).save(memento);
    }

    @Override
    public void setFocus() {
        canvas().setFocus();
    }

    @Override
    public void dispose() {
        selection.dispose();
        ViewerParts p = parts;
        if (p != null) {
            p.dispose();
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
        return opener().open(path, true);
    }

    /**
     * Opens a dataset like {@link #open(Path)} but shows all its traces, also when it has an ensemble index.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job that opens it
     */
    public Job openAllTraces(Path path) {
        return opener().open(path, false);
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
        return d == null ? null : opener().openEnsemble(d, key, value);
    }

    /**
     * Shows an ensemble already found (by the gather navigator) of a dataset this view has open.
     *
     * @param opened the dataset, which must be the one open in this view
     * @param shown the ensemble
     */
    public void showEnsemble(Dataset opened, Ensemble shown) {
        if (opened == dataset()) {
            opener().show(opened, shown);
        }
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

    /** Runs the gather commands from the n and p keys and the toolbar. */
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
        ProcessedSamples p = processed;
        return p == null ? null : p.chain();
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
        Dataset processedDataset = processed().set(newChain, raw);
        ViewerParts p = parts();
        p.loader().setProcessed(raw, processedDataset);
        p.samplesChanged();
        processed().changed();
    }

    /**
     * @param listener told on the UI thread when the chain changes
     */
    public void addChainListener(Runnable listener) {
        processed().addListener(listener);
    }

    /**
     * @param listener a listener added before
     */
    public void removeChainListener(Runnable listener) {
        processed().removeListener(listener);
    }

    /** @return the processed dataset whose samples are shown, or {@code null} when the raw ones are */
    public @Nullable Dataset processedDataset() {
        return parts().loader().processed();
    }

    /** @return the window of samples shown (raw or processed), or {@code null} before the first load */
    public @Nullable WindowData displayedWindow() {
        return parts().loader().window();
    }

    // ---- compare mode

    /** @return the panels shown side by side, left to right */
    public List<PanelKind> panels() {
        return parts().panels().shown();
    }

    /**
     * @param kind a panel
     * @return the window of samples it shows (processed minus raw for the difference), or {@code null} when it
     *         is not loaded
     */
    public @Nullable WindowData window(PanelKind kind) {
        LoadedWindows w = parts().loader().windows();
        return w == null ? null : w.of(kind);
    }

    /**
     * @param kind a panel
     * @return its canvas (shown or not)
     */
    public Canvas canvas(PanelKind kind) {
        return parts().panels().panel(kind).canvas().control();
    }

    /**
     * @param kind a panel
     * @return the colour bar under it
     */
    ColourBar colourBar(PanelKind kind) {
        return parts().panels().panel(kind).colourBar();
    }

    /**
     * Paints something over every panel from now on (the picked trace and the linked cursor are painted
     * first); the panels are repainted.
     *
     * @param overlay what to paint
     */
    public void addOverlay(SectionOverlay overlay) {
        parts().panels().overlays().add(overlay);
        parts().panels().redraw();
    }

    /**
     * @param overlay an overlay added before
     */
    public void removeOverlay(SectionOverlay overlay) {
        parts().panels().overlays().remove(overlay);
        parts().panels().redraw();
    }

    /** Repaints the overlays of every panel, after what they paint changed (the pictures are not rendered again). */
    public void overlaysChanged() {
        parts().panels().redraw();
    }

    /** @return the toolbar above the section */
    ViewerToolbar toolbar() {
        return parts().toolbar();
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

    /** @return the rectangle of the canvas where samples are drawn (the same in every panel) */
    public Rectangle plotArea() {
        return parts().panels().plotArea();
    }

    /**
     * Draws the current view, axes included, at a chosen plot size, on the UI thread.
     *
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the picture
     */
    public ImageData snapshot(int width, int height) {
        return parts().panels().first().canvas().snapshot(width, height);
    }

    /** @return the canvas of the leftmost panel shown (the only one unless panels are compared) */
    public Canvas canvas() {
        return parts().panels().first().canvas().control();
    }

    /** @return the navigation state */
    public ViewportController controller() {
        return controller;
    }

    /** @return the text under the plot that describes the sample under the pointer */
    public String readoutText() {
        return parts().readout().readoutText();
    }

    /**
     * @return whether the view shows what it should: no load pending and the last image drawn for the
     *         current viewport and settings
     */
    public boolean isSettled() {
        ViewerParts p = parts;
        return p != null && p.isSettled();
    }

    /** @return the loader of windows, for tests that count or hold back loads */
    WindowLoader loader() {
        return parts().loader();
    }

    /** @return the line under the plot */
    ReadoutBar readout() {
        return parts().readout();
    }
}
