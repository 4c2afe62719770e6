package org.seislens.ui.internal.qc;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.TraceEdit;
import org.seislens.ui.internal.render.Viewport;
import org.seislens.ui.internal.viewer.PanelKind;
import org.seislens.ui.internal.viewer.Section;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * The QC marks over the seismic viewer and its edit gestures. Above each flagged trace a stripe in the colour of its
 * first reason ({@link MarkColours}); a killed trace is greyed; a reversed trace has a magenta band under the
 * stripe; the attributes are offered as curves above the plot ({@link QcCurves}). Ctrl + click kills a trace (or
 * clears its kill), Ctrl + drag kills the traces dragged across; with Shift as well the same reverses. Each gesture
 * is one undoable {@link EditOperation}; Undo and Redo of the viewer act on the edits. When the viewer shows a
 * processed dataset, it is opened again once the edits are written, so the processed samples follow the edits.
 */
public final class QcMarks {

    /** Height in pixels of the flag stripe at the top of the plot. */
    public static final int STRIPE = 6;
    /** Height in pixels of the band of a reversed trace, under the stripe. */
    public static final int REVERSED_BAND = 5;

    private final SeismicViewerView view;
    private final Canvas canvas;
    private final Consumer<DatasetQc.Change> listener = this::changed;
    private final QcCurves curves;
    private @Nullable DatasetQc qc;
    private long dragStart = -1;
    private long dragEnd = -1;
    private TraceEdit.@Nullable Action dragAction;
    private boolean dragClears;

    private QcMarks(SeismicViewerView view) {
        this.view = view;
        this.canvas = view.canvas();
        view.addOverlay(this::paint); // every panel of the compare mode shows the marks
        for (PanelKind kind : PanelKind.values()) {
            // the gestures work in whichever panel of the compare mode the user acts in
            Canvas panel = view.canvas(kind);
            panel.addListener(SWT.MouseDown, this::mouseDown);
            panel.addListener(SWT.MouseMove, this::mouseMove);
            panel.addListener(SWT.MouseUp, this::mouseUp);
        }
        canvas.addListener(SWT.Dispose, e -> follow(null));
        new UndoRedoActionGroup(view.getSite(), EditOperation.CONTEXT, true)
                .fillActionBars(view.getViewSite().getActionBars());
        curves = new QcCurves(view);
        view.setCurveSource(curves);
    }

    /**
     * Paints the marks over a viewer and takes its edit gestures. Called once when the viewer makes its controls.
     *
     * @param view the viewer
     */
    public static void attach(SeismicViewerView view) {
        new QcMarks(view);
    }

    /**
     * @param view a viewer
     * @return the QC state of the dataset it shows, or {@code null} when it shows none
     */
    public static @Nullable DatasetQc of(SeismicViewerView view) {
        Section s = view.section();
        return s == null ? null : DatasetQc.of(s.dataset().descriptor().location());
    }

    /** Follows the dataset the viewer shows, so its changes repaint. */
    private @Nullable DatasetQc current() {
        DatasetQc now = of(view);
        if (now != qc) {
            follow(now);
            if (now != null && now.attributes() != null) {
                // another dataset, whose attributes were read before: offer them
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        view.setCurveSource(curves);
                    }
                });
            }
        }
        return now;
    }

    private void follow(@Nullable DatasetQc next) {
        DatasetQc old = qc;
        if (old != null) {
            old.removeListener(listener);
        }
        qc = next;
        if (next != null) {
            next.addListener(listener);
        }
    }

    private void changed(DatasetQc.Change change) {
        if (canvas.isDisposed()) {
            return;
        }
        if (change == DatasetQc.Change.WRITTEN) {
            ProcessingChain chain = view.chain();
            if (chain != null) {
                try {
                    view.setChain(chain); // opens the processed dataset again, with the edits just written
                } catch (InvalidChainException e) {
                    Platform.getLog(QcMarks.class).warn(e.getMessage());
                }
            }
        }
        if (change == DatasetQc.Change.ATTRIBUTES) {
            view.setCurveSource(curves); // offers the attributes of the new run
        }
        view.overlaysChanged();
    }

    private void paint(GC gc, Rectangle plot, Viewport v, Section section, PanelKind panel) {
        DatasetQc state = current();
        if (state == null) {
            return;
        }
        long first = Math.max(0, (long) Math.floor(v.trace0()));
        long end = Math.min(section.count(), (long) Math.ceil(v.traceAt(plot.width)) + 1);
        for (long p = first; p < end; p++) {
            long trace = section.traceIndex(p);
            TraceEdit edit = state.edit(trace);
            String reason = state.firstReason(trace);
            if (edit == null && reason == null) {
                continue;
            }
            int x0 = plot.x + (int) Math.floor(v.xOf(p));
            int w = Math.max(1, plot.x + (int) Math.floor(v.xOf(p + 1)) - x0);
            if (edit != null && edit.action() == TraceEdit.Action.KILL) {
                gc.setAlpha(170);
                gc.setBackground(MarkColours.color(MarkColours.KILLED));
                gc.fillRectangle(x0, plot.y, w, plot.height);
                gc.setAlpha(255);
            }
            if (reason != null) {
                gc.setBackground(MarkColours.color(MarkColours.of(List.of(reason))));
                gc.fillRectangle(x0, plot.y, w, STRIPE);
            }
            if (edit != null && edit.action() == TraceEdit.Action.REVERSE) {
                gc.setBackground(MarkColours.color(MarkColours.REVERSED_EDIT));
                gc.fillRectangle(x0, plot.y + STRIPE, w, REVERSED_BAND);
            }
        }
        if (dragAction != null && dragStart >= 0) {
            int x0 = plot.x + (int) Math.floor(v.xOf(Math.min(dragStart, dragEnd)));
            int x1 = plot.x + (int) Math.ceil(v.xOf(Math.max(dragStart, dragEnd) + 1));
            gc.setForeground(canvas.getDisplay().getSystemColor(dragClears ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(x0, plot.y, Math.max(1, x1 - x0 - 1), plot.height - 1);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private long positionAt(int x) {
        Section section = view.section();
        if (section == null) {
            return -1;
        }
        long p = (long) Math.floor(view.controller().viewport().traceAt(x - view.plotArea().x));
        return Math.max(0, Math.min(section.count() - 1, p));
    }

    private void mouseDown(Event e) {
        Section section = view.section();
        DatasetQc state = current();
        if (e.button != 1 || (e.stateMask & SWT.MOD1) == 0 || section == null || state == null) {
            return;
        }
        dragStart = positionAt(e.x);
        dragEnd = dragStart;
        TraceEdit.Action action = (e.stateMask & SWT.SHIFT) != 0 ? TraceEdit.Action.REVERSE : TraceEdit.Action.KILL;
        TraceEdit existing = state.edit(section.traceIndex(dragStart));
        dragClears = existing != null && existing.action() == action;
        dragAction = action;
        view.overlaysChanged();
    }

    private void mouseMove(Event e) {
        if (dragAction != null) {
            dragEnd = positionAt(e.x);
            view.overlaysChanged();
        }
    }

    private void mouseUp(Event e) {
        TraceEdit.Action action = dragAction;
        Section section = view.section();
        DatasetQc state = qc;
        dragAction = null;
        if (action == null || section == null || state == null) {
            return;
        }
        dragEnd = positionAt(e.x);
        long from = Math.min(dragStart, dragEnd);
        long to = Math.max(dragStart, dragEnd);
        EditOperation.of(state, section.traceIndices(from, to + 1), dragClears ? null : action).run();
        dragStart = -1;
        view.overlaysChanged();
    }
}
