package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Viewport;

/**
 * The viewer's panels side by side: raw, processed and difference, of which the {@link CompareMode} shows one,
 * two or three, all of the same size. They share one {@link ViewportController}, so a pan or a zoom in any of
 * them moves all, and one list of {@link SectionOverlay}s (the picked trace, the cursor, marks of other views).
 * A frame asked for renders every shown panel with the same generation; the view is current when all of them
 * show it.
 */
final class Panels {

    private final Composite composite;
    private final SectionPanel[] panels = new SectionPanel[PanelKind.values().length];
    private final List<SectionOverlay> overlays = new CopyOnWriteArrayList<>();
    private List<PanelKind> shown = List.of(PanelKind.PROCESSED);
    private int requestedGeneration;
    private boolean laidOut;

    /**
     * @param parent the viewer's composite
     * @param controller the shared viewport
     * @param settings the shared settings
     * @param loader the shared loader
     * @param target told of input in any panel
     * @param pictureShown told on the UI thread when a panel shows a new picture
     */
    Panels(Composite parent, ViewportController controller, ViewerSettings settings, WindowLoader loader,
            CanvasInput.Target target, Runnable pictureShown) {
        composite = new Composite(parent, SWT.NONE);
        UiThread ui = new UiThread(composite);
        for (PanelKind kind : PanelKind.values()) {
            panels[kind.ordinal()] = (new SectionPanel(composite, kind, controller, settings, loader, overlays, target,
                    pictureShown, ui));
        }
        show(shown);
    }

    /** @return the composite of the panels */
    Composite composite() {
        return composite;
    }

    /**
     * Shows some panels, left to right, and hides the others.
     *
     * @param kinds the panels
     * @return whether that changed what is shown
     */
    boolean show(List<PanelKind> kinds) {
        boolean changed = !kinds.equals(shown);
        if (!changed && laidOut) {
            return false;
        }
        laidOut = true;
        shown = List.copyOf(kinds);
        GridLayout layout = new GridLayout(Math.max(1, kinds.size()), true);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 2;
        composite.setLayout(layout);
        for (SectionPanel panel : panels) {
            boolean visible = kinds.contains(panel.kind());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.exclude = !visible;
            panel.composite().setLayoutData(data);
            panel.composite().setVisible(visible);
            panel.canvas().setLabelled(kinds.size() > 1);
        }
        for (PanelKind kind : kinds) {
            // left to right in the order asked for
            panels[kind.ordinal()].composite().moveBelow(null);
        }
        composite.layout(true, true);
        return changed;
    }

    /** @return the panels shown, left to right */
    List<PanelKind> shown() {
        return shown;
    }

    /**
     * @param kind a panel
     * @return it, shown or not
     */
    SectionPanel panel(PanelKind kind) {
        return panels[kind.ordinal()];
    }

    /** @return the leftmost panel shown */
    SectionPanel first() {
        return panels[shown.get(0).ordinal()];
    }

    /** @return the plot area of the shown panels (they have the same size) */
    Rectangle plotArea() {
        return first().canvas().plotArea();
    }

    /**
     * @param other a control of the viewer
     * @return the left edge of each shown panel's plot, left to right, in the coordinates of {@code other}
     */
    int[] plotLefts(Control other) {
        int[] xs = new int[shown.size()];
        for (int i = 0; i < xs.length; i++) {
            SectionCanvas canvas = panels[shown.get(i).ordinal()].canvas();
            xs[i] = other.getDisplay().map(canvas.control(), other, canvas.plotArea().x, 0).x;
        }
        return xs;
    }

    /** @return the overlays painted over every panel, in order */
    List<SectionOverlay> overlays() {
        return overlays;
    }

    /**
     * Renders the current viewport in every shown panel.
     *
     * @param windows the windows loaded, or {@code null} before the first load
     * @param settings the display settings
     * @param viewport what to draw
     */
    void render(LoadedWindows windows, DisplaySettings settings, Viewport viewport) {
        requestedGeneration++;
        for (PanelKind kind : shown) {
            panels[kind.ordinal()].render(windows, requestedGeneration, settings, viewport);
        }
    }

    /** @return whether every shown panel shows the frame asked for last, for the current viewport */
    boolean isCurrent() {
        for (PanelKind kind : shown) {
            if (!panels[kind.ordinal()].canvas().isCurrent(requestedGeneration)) {
                return false;
            }
        }
        return true;
    }

    /** Sets the scroll bars of the shown panels to the viewport and redraws them. */
    void viewChanged() {
        for (PanelKind kind : shown) {
            panels[kind.ordinal()].canvas().viewChanged();
        }
    }

    /** Repaints the shown panels (overlays or axes changed). */
    void redraw() {
        for (PanelKind kind : shown) {
            panels[kind.ordinal()].canvas().control().redraw();
        }
    }

    /** Forgets the colour bars' ranges: another section is shown. */
    void clear() {
        for (SectionPanel panel : panels) {
            panel.clear();
        }
    }

    /** @return whether the panels' controls are gone */
    boolean isDisposed() {
        return composite.isDisposed();
    }

    /** Cancels the rendering of every panel. */
    void dispose() {
        for (SectionPanel panel : panels) {
            panel.dispose();
        }
    }
}
