package org.seislens.ui.internal.viewer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.seislens.ui.internal.render.Viewport;

/**
 * The viewer's input: what the mouse, the wheel, the keys and the scroll bars do to the viewport. A drag with
 * the first button pans, a drag with Shift zooms to the dragged rectangle, a click picks a trace; the wheel
 * zooms about the pointer (Shift: time only); arrows, Page Up/Down, Home/End pan; + - f 1 zoom; n and p step
 * through the gathers. Every change of the viewport is told to the {@link Target}.
 */
final class CanvasInput {

    /** Command that shows the next gather. */
    static final String NEXT_GATHER = "org.seislens.ui.commands.nextGather"; //$NON-NLS-1$
    /** Command that shows the previous gather. */
    static final String PREVIOUS_GATHER = "org.seislens.ui.commands.previousGather"; //$NON-NLS-1$

    /** What the input acts on, besides the viewport. */
    interface Target {
        /** @return whether a dataset is shown (input does nothing before) */
        boolean hasDataset();

        /** The viewport changed: load, render, redraw. */
        void viewChanged();

        /**
         * @param x a pointer position on the canvas, whose trace is picked
         */
        void pickAt(int x);

        /**
         * @param x pointer position on the canvas
         * @param y pointer position on the canvas
         */
        void pointerAt(int x, int y);

        /**
         * @param commandId a workbench command to run
         */
        void command(String commandId);
    }

    private final SectionCanvas canvas;
    private final ViewportController controller;
    private final Target target;
    private int dragX;
    private int dragY;
    private boolean panning;
    private boolean clickPending;

    /**
     * Listens to the canvas.
     *
     * @param canvas the canvas part
     * @param controller the viewport
     * @param target told of changes
     */
    CanvasInput(SectionCanvas canvas, ViewportController controller, Target target) {
        this.canvas = canvas;
        this.controller = controller;
        this.target = target;
        Canvas c = canvas.control();
        c.addListener(SWT.MouseDown, this::mouseDown);
        c.addListener(SWT.MouseMove, this::mouseMove);
        c.addListener(SWT.MouseUp, this::mouseUp);
        c.addListener(SWT.MouseVerticalWheel, this::wheel);
        c.addListener(SWT.KeyDown, this::key);
        c.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        c.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
    }

    private void mouseDown(Event e) {
        if (e.button != 1 || !target.hasDataset() || (e.stateMask & SWT.MOD1) != 0) {
            return; // Ctrl + click and drag edit traces (Gather QC marks, issue 15)
        }
        canvas.control().setFocus();
        dragX = e.x;
        dragY = e.y;
        if ((e.stateMask & SWT.SHIFT) != 0) {
            canvas.setRubberBand(new Rectangle(e.x, e.y, 0, 0));
        } else {
            panning = true;
            clickPending = true;
        }
    }

    private void mouseMove(Event e) {
        if (canvas.rubberBand() != null) {
            canvas.setRubberBand(band(e));
        } else if (panning) {
            if (Math.abs(e.x - dragX) > 2 || Math.abs(e.y - dragY) > 2) {
                clickPending = false;
            }
            controller.pan(e.x - dragX, e.y - dragY);
            dragX = e.x;
            dragY = e.y;
            target.viewChanged();
        }
        target.pointerAt(e.x, e.y);
    }

    private void mouseUp(Event e) {
        if (canvas.rubberBand() != null) {
            // the window system may fold the last motion into the release
            Rectangle band = band(e);
            canvas.setRubberBand(null);
            Rectangle plot = canvas.plotArea();
            controller.zoomToRectangle(band.x - plot.x, band.y - plot.y, band.x + band.width - plot.x,
                    band.y + band.height - plot.y);
            target.viewChanged();
        } else if (panning && clickPending && Math.abs(e.x - dragX) <= 2 && Math.abs(e.y - dragY) <= 2) {
            target.pickAt(e.x);
        } else if (panning && (e.x != dragX || e.y != dragY)) {
            // the window system may fold the last motion into the release
            controller.pan(e.x - dragX, e.y - dragY);
            target.viewChanged();
        }
        panning = false;
        clickPending = false;
    }

    private Rectangle band(Event e) {
        return new Rectangle(Math.min(dragX, e.x), Math.min(dragY, e.y), Math.abs(e.x - dragX),
                Math.abs(e.y - dragY));
    }

    private void wheel(Event e) {
        if (!target.hasDataset() || e.count == 0) {
            return;
        }
        Rectangle plot = canvas.plotArea();
        double factor = e.count > 0 ? 1.25 : 0.8;
        boolean timeOnly = (e.stateMask & SWT.SHIFT) != 0;
        controller.zoom(timeOnly ? 1 : factor, factor, e.x - plot.x, e.y - plot.y);
        e.doit = false;
        target.viewChanged();
    }

    private void key(Event e) {
        if (!target.hasDataset()) {
            return;
        }
        switch (e.keyCode) {
        case SWT.ARROW_LEFT -> controller.panFraction(-0.05, 0);
        case SWT.ARROW_RIGHT -> controller.panFraction(0.05, 0);
        case SWT.ARROW_UP -> controller.panFraction(0, -0.05);
        case SWT.ARROW_DOWN -> controller.panFraction(0, 0.05);
        case SWT.PAGE_UP -> controller.panFraction(-1, 0);
        case SWT.PAGE_DOWN -> controller.panFraction(1, 0);
        case SWT.HOME -> controller.scrollTo(controller.traceStart(), 0);
        case SWT.END -> controller.scrollTo(controller.traceEnd(), 0);
        default -> {
            String command = characterKey(e.character);
            if (command == null) {
                return;
            }
            if (!command.isEmpty()) {
                // Stepping goes through the gather navigator, which also prefetches the gathers ahead.
                target.command(command);
            }
        }
        }
        target.viewChanged();
    }

    /** @return the command a character key runs, "" when it only changed the viewport, or null for none */
    private @Nullable String characterKey(char character) {
        switch (character) {
        case '+', '=' -> zoomCentre(1.25);
        case '-' -> zoomCentre(0.8);
        case 'f' -> controller.fit();
        case '1' -> controller.oneToOne();
        case 'n' -> {
            return NEXT_GATHER;
        }
        case 'p' -> {
            return PREVIOUS_GATHER;
        }
        default -> {
            return null;
        }
        }
        return ""; //$NON-NLS-1$
    }

    private void zoomCentre(double factor) {
        Viewport v = controller.viewport();
        controller.zoom(factor, factor, v.width() / 2.0, v.height() / 2.0);
    }

    private void scrolled() {
        Canvas c = canvas.control();
        controller.scrollTo(controller.traceStart() + c.getHorizontalBar().getSelection(),
                c.getVerticalBar().getSelection());
        target.viewChanged();
    }
}
