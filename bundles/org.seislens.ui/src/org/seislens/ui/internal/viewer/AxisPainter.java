package org.seislens.ui.internal.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.seislens.core.TraceHeaders;
import org.seislens.ui.internal.render.Viewport;

/**
 * Draws the time (or depth) axis left of the plot and the trace axis above it, labelled with header values
 * of the loaded traces, one row per header key. The top-left corner holds the key names, one per row, and
 * the unit of the vertical axis; {@link #corner} lays it out so that nothing there overlaps.
 */
final class AxisPainter {

    /** Width of the time axis, in pixels. */
    static final int LEFT = 64;
    /**
     * Height of one row of trace labels, in pixels: at least a line of the default font (17 pixels for GTK's
     * at 96 dpi), so that the key names of adjacent rows do not overlap.
     */
    static final int ROW = 18;
    /** Space between the time labels (and the unit) and the plot's left edge, in pixels. */
    private static final int LABEL_GAP = 8;
    /** Space kept free between two labels of the corner, in pixels. */
    private static final int GAP = 4;
    /** Left margin of the key names, in pixels. */
    private static final int INDENT = 2;

    /**
     * A text and the rectangle it takes.
     *
     * @param text what is drawn, empty when nothing is
     * @param bounds where, in canvas pixels
     */
    record Label(String text, Rectangle bounds) {
    }

    /**
     * The top-left corner of the axes.
     *
     * @param unit the unit of the vertical axis
     * @param names one name per trace-axis key, in the key's row; shortened (ending in '.') or empty when the
     *            whole name does not fit
     */
    record Corner(Label unit, List<Label> names) {
    }

    private AxisPainter() {
    }

    /**
     * @param keys header keys labelling the trace axis
     * @return the height of the trace axis
     */
    static int top(List<String> keys) {
        return ROW * Math.max(1, keys.size()) + 6;
    }

    /**
     * @param plot the plot rectangle
     * @param rows rows of trace labels
     * @param row a row, 0 at the top
     * @return the top of that row's text
     */
    private static int rowTop(Rectangle plot, int rows, int row) {
        return plot.y - 6 - ROW * (rows - row);
    }

    /**
     * Lays out the corner left of the trace axis and above the vertical axis. The unit goes in the row next to
     * the plot, right-aligned with the vertical axis labels; each key name starts at the left edge in its row
     * and is shortened so that it ends before the unit (in the unit's row) or before the plot.
     *
     * @param plot the plot rectangle; the corner is everything left of and above it
     * @param keys header keys labelling the trace axis, one row each, top to bottom
     * @param unit the unit word of the vertical axis
     * @param width the width of a text in pixels
     * @param textHeight the height of a line of text in pixels
     * @return where the unit and the key names go
     */
    static Corner corner(Rectangle plot, List<String> keys, String unit, ToIntFunction<String> width,
            int textHeight) {
        int rows = Math.max(1, keys.size());
        int unitWidth = width.applyAsInt(unit);
        Rectangle unitBounds = new Rectangle(Math.max(INDENT, plot.x - LABEL_GAP - unitWidth),
                rowTop(plot, rows, rows - 1), unitWidth, textHeight);
        List<Label> names = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            int right = k == rows - 1 ? unitBounds.x - GAP : plot.x - GAP;
            String name = fit(keys.get(k), right - INDENT, width);
            int y = rowTop(plot, rows, k);
            names.add(new Label(name, new Rectangle(INDENT, y, name.isEmpty() ? 0 : width.applyAsInt(name),
                    name.isEmpty() ? 0 : textHeight)));
        }
        return new Corner(new Label(unit, unitBounds), List.copyOf(names));
    }

    /**
     * @param name a key name
     * @param available pixels it may take
     * @param width text measure
     * @return the name, or its longest start followed by '.' that fits, or "" when not even one letter fits
     */
    static String fit(String name, int available, ToIntFunction<String> width) {
        if (width.applyAsInt(name) <= available) {
            return name;
        }
        for (int length = name.length() - 1; length > 0; length--) {
            String shortened = name.substring(0, length) + '.';
            if (width.applyAsInt(shortened) <= available) {
                return shortened;
            }
        }
        return ""; //$NON-NLS-1$
    }

    /**
     * Where a trace label centred on its tick starts, kept over the plot so that the first and last labels
     * neither reach into the corner nor past the plot's right edge.
     *
     * @param plot the plot rectangle
     * @param tick the tick's column on the canvas
     * @param labelWidth the label's width
     * @return the label's left column
     */
    static int labelX(Rectangle plot, int tick, int labelWidth) {
        int x = tick - labelWidth / 2;
        return Math.max(plot.x, Math.min(x, plot.x + plot.width - labelWidth));
    }

    /**
     * @param gc where to draw
     * @param plot the plot rectangle
     * @param viewport what the plot shows
     * @param samples samples per trace
     * @param intervalUs sample interval in microseconds (or depth units times 1000)
     * @param unit the axis unit word
     * @param keys header keys labelling traces
     * @param headers header values of the loaded traces, or {@code null}
     */
    static void paint(GC gc, Rectangle plot, Viewport viewport, int samples, double intervalUs, String unit,
            List<String> keys, @Nullable TraceHeaders headers) {
        paintTime(gc, plot, viewport, samples, intervalUs);
        paintTraces(gc, plot, viewport, keys, headers);
        Corner corner = corner(plot, keys, unit, text -> gc.textExtent(text).x, gc.getFontMetrics().getHeight());
        gc.drawText(unit, corner.unit().bounds().x, corner.unit().bounds().y, true);
        for (int k = 0; k < keys.size(); k++) {
            Label name = corner.names().get(k);
            if (headers != null && headers.columns().contains(keys.get(k)) && !name.text().isEmpty()) {
                gc.drawText(name.text(), name.bounds().x, name.bounds().y, true);
            }
        }
    }

    private static void paintTime(GC gc, Rectangle plot, Viewport viewport, int samples, double intervalUs) {
        double perSample = intervalUs / 1000.0;
        if (!(perSample > 0)) {
            perSample = 1;
        }
        int textHeight = gc.getFontMetrics().getHeight();
        double pixelsPerUnit = viewport.pixelsPerSample() / perSample;
        double step = niceStep(3.0 * textHeight / pixelsPerUnit);
        double first = Math.ceil(viewport.sampleAt(0) * perSample / step) * step;
        double last = Math.min(samples, viewport.sampleAt(plot.height)) * perSample;
        for (double value = first; value <= last + 1e-9; value += step) {
            int y = plot.y + (int) Math.round(viewport.yOf(value / perSample));
            if (y < plot.y || y > plot.y + plot.height) {
                continue;
            }
            gc.drawLine(plot.x - 5, y, plot.x - 1, y);
            String label = format(value, step);
            Point extent = gc.textExtent(label);
            gc.drawText(label, plot.x - LABEL_GAP - extent.x, Math.max(plot.y, y - extent.y / 2), true);
        }
        gc.drawLine(plot.x - 1, plot.y, plot.x - 1, plot.y + plot.height);
    }

    private static void paintTraces(GC gc, Rectangle plot, Viewport viewport, List<String> keys,
            @Nullable TraceHeaders headers) {
        gc.drawLine(plot.x, plot.y - 1, plot.x + plot.width, plot.y - 1);
        if (headers == null || headers.rowCount() == 0) {
            return;
        }
        int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        long every = Math.max(1, (long) Math.ceil(charWidth * 9 / viewport.pixelsPerTrace()));
        every = (long) niceStep(every);
        long first = headers.traceIndex(0);
        long last = headers.traceIndex(headers.rowCount() - 1);
        long start = Math.max(first, (long) Math.floor(viewport.traceAt(0)));
        start = (start + every - 1) / every * every;
        long end = Math.min(last, (long) Math.ceil(viewport.traceAt(plot.width)));
        for (long trace = start; trace <= end; trace += every) {
            int x = plot.x + (int) Math.round(viewport.xOf(trace + 0.5));
            if (x < plot.x || x > plot.x + plot.width) {
                continue;
            }
            gc.drawLine(x, plot.y - 4, x, plot.y - 1);
            int row = (int) (trace - first);
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                if (!headers.columns().contains(key)) {
                    continue;
                }
                String label = Long.toString(headers.value(row, key));
                Point extent = gc.textExtent(label);
                gc.drawText(label, labelX(plot, x, extent.x), rowTop(plot, keys.size(), k), true);
            }
        }
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] { 1, 2, 5, 10 }) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value, double step) {
        if (step >= 1) {
            return Long.toString(Math.round(value));
        }
        int decimals = (int) Math.ceil(-Math.log10(step));
        return String.format("%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
