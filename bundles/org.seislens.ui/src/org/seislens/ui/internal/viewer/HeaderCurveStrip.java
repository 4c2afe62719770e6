package org.seislens.ui.internal.viewer;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.seislens.core.TraceHeaders;
import org.seislens.ui.internal.render.Viewport;

/**
 * A strip above the plot that draws one header value per trace (offset, elevation, fold...) as a curve, in
 * the plot's horizontal scale: a glance shows a missing channel, a reversed spread or a bad geometry. When panels
 * are compared side by side the curve is drawn above each of them, aligned with its plot.
 */
final class HeaderCurveStrip {

    /** Height of the strip in pixels. */
    static final int HEIGHT = 56;

    private final Canvas canvas;
    private final Combo keys;
    private @Nullable TraceHeaders headers;
    private @Nullable String key;
    private Viewport viewport = new Viewport(0, 0, 1, 1, 1, 1);
    private int[] plotXs = { 0 };
    private int plotWidth = 1;
    private long highlighted = -1;
    private @Nullable CurveSource source;

    /**
     * @param parent the viewer's composite
     * @param choose told the key the user chooses, or {@code null} for none
     */
    HeaderCurveStrip(Composite parent, Consumer<@Nullable String> choose) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        keys = new Combo(canvas, SWT.READ_ONLY | SWT.DROP_DOWN);
        keys.setToolTipText(Messages.Curve_tooltip);
        keys.addListener(SWT.Selection, e -> {
            int i = keys.getSelectionIndex();
            choose.accept(i <= 0 ? null : keys.getItem(i));
        });
        canvas.addListener(SWT.Resize, e -> {
            var size = keys.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            keys.setBounds(0, 0, AxisPainter.LEFT - 2, size.y);
        });
        canvas.addListener(SWT.Paint, this::paint);
    }

    /** @return the strip's control */
    Canvas control() {
        return canvas;
    }

    /**
     * @param columns header columns the user may choose from
     * @param chosen the chosen one, or {@code null}
     */
    void setChoices(List<String> columns, @Nullable String chosen) {
        keys.removeAll();
        keys.add(Messages.Curve_none);
        int selected = 0;
        for (String c : columns) {
            if (!c.equals("raw") && !c.equals("trace_index")) { //$NON-NLS-1$ //$NON-NLS-2$
                keys.add(c);
                if (c.equals(chosen)) {
                    selected = keys.getItemCount() - 1;
                }
            }
        }
        CurveSource more = source;
        for (String c : more == null ? List.<String>of() : more.names()) {
            keys.add(c);
            if (c.equals(chosen)) {
                selected = keys.getItemCount() - 1;
            }
        }
        keys.select(selected);
        key = selected == 0 ? null : chosen;
    }

    /** @param more curves offered after the header columns, or {@code null} for none */
    void setSource(@Nullable CurveSource more) {
        source = more;
    }

    /** @return the curve's values by row: a header column's, or the source's; {@code null} for none */
    private double @Nullable [] curveValues(TraceHeaders h, String k) {
        double[] values = new double[h.rowCount()];
        if (h.columns().contains(k)) {
            long[] column = h.column(k);
            for (int row = 0; row < values.length; row++) {
                values[row] = column[row];
            }
            return values;
        }
        CurveSource more = source;
        long[] positions = new long[values.length];
        for (int row = 0; row < positions.length; row++) {
            positions[row] = h.traceIndex(row);
        }
        return more == null ? null : more.values(k, positions);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format("%.4g", Double.valueOf(v)); //$NON-NLS-1$
    }

    /**
     * @param values header values by display position (rows' trace indices are positions), or {@code null}
     * @param newViewport the plots' viewport
     * @param xs the left edge of each panel's plot, in this strip's coordinates
     * @param width the plots' width (the panels have the same size)
     * @param picked the picked position, or -1
     */
    void update(@Nullable TraceHeaders values, Viewport newViewport, int[] xs, int width, long picked) {
        headers = values;
        viewport = newViewport;
        plotXs = xs.length == 0 ? new int[] { AxisPainter.LEFT } : xs.clone();
        plotWidth = width;
        highlighted = picked;
        canvas.redraw();
    }

    /** @return the key drawn, or {@code null} */
    @Nullable
    String key() {
        return key;
    }

    /** @return the left edges of the plots the curve is drawn above, for tests */
    int[] plotXs() {
        return plotXs.clone();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        for (int x : plotXs) {
            gc.fillRectangle(x, 3, plotWidth, area.height - 6);
        }
        TraceHeaders h = headers;
        String k = key;
        double[] values = h == null || k == null || h.rowCount() == 0 ? null : curveValues(h, k);
        if (h == null || values == null) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return;
        }
        for (int x : plotXs) {
            paintCurve(gc, new Rectangle(x, 3, plotWidth, area.height - 6), h, values, min, max);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        String range = format(max) + " / " + format(min); //$NON-NLS-1$
        gc.drawText(range, 2, area.height - gc.textExtent(range).y - 1, true);
    }

    private void paintCurve(GC gc, Rectangle plot, TraceHeaders h, double[] values, double min, double max) {
        double span = max > min ? max - min : 1;
        gc.setClipping(plot);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        gc.setLineWidth(1);
        int n = values.length;
        int[] points = new int[2 * n];
        for (int row = 0; row < n; row++) {
            double x = plot.x + viewport.xOf(h.traceIndex(row) + 0.5);
            double value = Double.isFinite(values[row]) ? values[row] : min;
            double y = plot.y + plot.height - 2 - (value - min) / span * (plot.height - 4);
            points[2 * row] = (int) Math.round(x);
            points[2 * row + 1] = (int) Math.round(y);
        }
        gc.drawPolyline(points);
        if (viewport.pixelsPerTrace() >= 4) {
            for (int row = 0; row < n; row++) {
                gc.drawRectangle(points[2 * row] - 1, points[2 * row + 1] - 1, 2, 2);
            }
        }
        if (highlighted >= 0) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            int x = plot.x + (int) Math.round(viewport.xOf(highlighted + 0.5));
            gc.drawLine(x, plot.y, x, plot.y + plot.height);
        }
        gc.setClipping((Rectangle) null);
    }
}
