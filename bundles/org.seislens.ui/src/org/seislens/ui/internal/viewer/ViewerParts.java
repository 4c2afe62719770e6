package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.render.Viewport;

/**
 * The viewer's parts, made with its controls, and what they tell each other: the {@link ViewerToolbar} and the
 * curve strip on top, the {@link Panels} (each a {@link SectionCanvas} with its {@link CanvasInput} and
 * {@link ColourBar}), the {@link ReadoutBar} below, and the {@link WindowLoader} behind. A viewport change goes
 * to the loader (which loads) and to the panels (which render and repaint at once); a loaded window comes back
 * here and is rendered in every shown panel.
 */
final class ViewerParts implements CanvasInput.Target, WindowLoader.Listener {

    private final ViewportController controller;
    private final ViewerSettings settings;
    private final TraceSelectionProvider selection;
    private final Consumer<String> commands;
    private final ViewerToolbar toolbar;
    private final HeaderCurveStrip curve;
    private final WindowLoader loader;
    private final Panels panels;
    private final LinkedCursor cursor;
    private final ReadoutBar readout;
    private final AfterShown afterShown = new AfterShown();

    /**
     * Makes the controls.
     *
     * @param parent the view's composite
     * @param controller the viewport
     * @param settings the display settings
     * @param selection the picked trace
     * @param cache the shared cache, or {@code null} while none is registered
     * @param statusLine the view's status line
     * @param commands runs a workbench command (the n and p keys and the toolbar step through the gathers)
     */
    ViewerParts(Composite parent, ViewportController controller, ViewerSettings settings,
            TraceSelectionProvider selection, Supplier<@Nullable DataCache> cache, IStatusLineManager statusLine,
            Consumer<String> commands) {
        this.controller = controller;
        this.settings = settings;
        this.selection = selection;
        this.commands = commands;
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        toolbar = new ViewerToolbar(parent, settings, commands);
        toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        curve = new HeaderCurveStrip(parent, settings::setCurveKey);
        GridData curveData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        curveData.heightHint = HeaderCurveStrip.HEIGHT;
        curve.control().setLayoutData(curveData);
        loader = new WindowLoader(controller, settings, new UiThread(parent), this);
        panels = new Panels(parent, controller, settings, loader, this, this::pictureShown);
        panels.composite().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        cursor = new LinkedCursor(selection);
        panels.overlays().add(cursor.pick());
        panels.overlays().add(cursor.cursor());
        readout = new ReadoutBar(parent, cache, statusLine);
        for (PanelKind kind : PanelKind.values()) {
            panels.panel(kind).canvas().control().addListener(SWT.Resize, e -> sizeChanged());
        }
        readout.updateCacheFigures();
    }

    private void sizeChanged() {
        Rectangle plot = panels.plotArea();
        controller.setSize(plot.width, plot.height);
        viewChanged();
    }

    /**
     * Shows a dataset, or one ensemble of it.
     *
     * @param opened the dataset; the one shown before is closed when it is another
     * @param shown the ensemble, or {@code null} for the whole dataset
     * @return the section now shown
     */
    Section show(Dataset opened, @Nullable Ensemble shown) {
        boolean sameDataset = opened == loader.dataset();
        Section section = new Section(opened, shown);
        loader.show(section);
        DatasetDescriptor descriptor = opened.descriptor();
        if (!sameDataset) {
            offerCurveChoices(descriptor.headerColumns());
        }
        controller.setDomain(0, section.count(), descriptor.sampleCount());
        panels.show(loader.panels());
        Rectangle plot = panels.plotArea();
        controller.setSize(plot.width, plot.height);
        controller.fit();
        readout.clear();
        panels.clear();
        selection.set(section, -1);
        viewChanged();
        return section;
    }

    private void offerCurveChoices(List<String> columns) {
        String wanted = settings.curveKey();
        curve.setChoices(columns, wanted); // offers the curve source's curves too (Gather QC, issue 15)
    }

    /**
     * A display setting changed: render, redraw, or read what it needs.
     *
     * @param change what changed
     */
    void settingChanged(ViewerSettings.Change change) {
        Section shown = loader.section();
        toolbar.update();
        switch (change) {
        case DISPLAY -> render();
        case DEPTH_AXIS -> panels.redraw();
        case COMPARE -> samplesChanged();
        case TRACE_AXIS_KEYS -> {
            if (shown != null) {
                show(shown.dataset(), shown.ensemble());
            }
        }
        case CURVE_KEY -> {
            if (shown != null) {
                offerCurveChoices(shown.dataset().descriptor().headerColumns());
                if (!loader.reloadHeaders()) {
                    updateCurve();
                }
            }
        }
        }
    }

    /**
     * The panels' samples changed (another chain or compare mode): lay the panels out again and read the
     * visible window again.
     */
    void samplesChanged() {
        boolean fitted = controller.isFitted();
        if (panels.show(loader.panels())) {
            Rectangle plot = panels.plotArea();
            controller.setSize(plot.width, plot.height);
            if (fitted) {
                controller.fit();
            }
        }
        if (loader.section() != null) {
            controller.reload();
            viewChanged();
        }
    }

    /**
     * Picks a trace: outlines it, brings it into view and tells selection listeners.
     *
     * @param position display position of the trace, or -1 for none
     */
    void highlight(long position) {
        if (position >= controller.traceEnd()) {
            return;
        }
        if (position >= 0) {
            Viewport v = controller.viewport();
            double first = v.trace0();
            double visible = v.width() / v.pixelsPerTrace();
            if (position < first || position + 1 > first + visible) {
                controller.scrollTo(Math.max(0, position - visible / 2), (int) Math.round(v.sample0()));
            }
        }
        selection.set(loader.section(), position);
        viewChanged();
    }

    @Override
    public boolean hasDataset() {
        return loader.section() != null;
    }

    @Override
    public void viewChanged() {
        if (panels.isDisposed()) {
            return;
        }
        loader.viewChanged();
        render();
        updateCurve();
        panels.viewChanged();
    }

    /** Renders the current viewport in every shown panel from the windows loaded, with the current settings. */
    private void render() {
        LoadedWindows windows = loader.windows();
        if (windows != null) {
            panels.render(windows, settings.display(), controller.viewport());
        }
    }

    @Override
    public void pickAt(int x) {
        Rectangle plot = panels.plotArea();
        long position = (long) Math.floor(controller.viewport().traceAt(x - plot.x));
        if (position >= controller.traceStart() && position < controller.traceEnd()) {
            selection.set(loader.section(), position);
            updateCurve();
            panels.redraw();
        }
    }

    @Override
    public void pointerAt(int x, int y) {
        Rectangle plot = panels.plotArea();
        readout.pointerAt(x, y, plot, controller, loader, settings.unit());
        Viewport v = controller.viewport();
        boolean inside = panels.shown().size() > 1 && plot.contains(x, y);
        if (cursor.moveTo(inside ? v.traceAt(x - plot.x) : Double.NaN, inside ? v.sampleAt(y - plot.y) : Double.NaN)) {
            panels.redraw();
        }
    }

    @Override
    public void command(String commandId) {
        commands.accept(commandId);
    }

    @Override
    public void loaded() {
        readout.updateCacheFigures();
        viewChanged();
    }

    private void pictureShown() {
        readout.updateCacheFigures();
        afterShown.check(loader.section(), isSettled());
    }

    private void updateCurve() {
        if (curve.control().isDisposed()) {
            return;
        }
        Rectangle plot = panels.plotArea();
        curve.update(loader.headers(), controller.viewport(), panels.plotLefts(curve.control()), plot.width,
                selection.position());
    }

    /**
     * Runs something once an ensemble is on screen (loaded and drawn); a later call replaces an earlier one
     * that has not run; it never runs if the view moves on to another ensemble first.
     *
     * @param shown the ensemble
     * @param callback what to run
     */
    void afterShown(Ensemble shown, Runnable callback) {
        afterShown.request(shown, callback);
        afterShown.check(loader.section(), isSettled());
    }

    /** @return whether no load is pending and every shown panel shows the frame of the current viewport */
    boolean isSettled() {
        return loader.section() != null && controller.pending() == null && loader.windows() != null
                && panels.isCurrent();
    }

    /** Cancels loading and rendering and closes the dataset. */
    void dispose() {
        loader.dispose();
        panels.dispose();
    }

    /** @return the header drawn as a curve, or {@code null} */
    @Nullable
    String curveKey() {
        return curve.key();
    }

    /**
     * Offers more curves than the headers' (Gather QC, issue 15).
     *
     * @param source the curves, or {@code null} for none
     */
    void setCurveSource(@Nullable CurveSource source) {
        curve.setSource(source);
        Section shown = loader.section();
        if (shown != null) {
            offerCurveChoices(shown.dataset().descriptor().headerColumns());
            updateCurve();
        }
    }

    /** @return the loader */
    WindowLoader loader() {
        return loader;
    }

    /** @return the panels */
    Panels panels() {
        return panels;
    }

    /** @return the header curve strip above the panels */
    HeaderCurveStrip curveStrip() {
        return curve;
    }

    /** @return the toolbar */
    ViewerToolbar toolbar() {
        return toolbar;
    }

    /** @return the readout bar */
    ReadoutBar readout() {
        return readout;
    }
}
