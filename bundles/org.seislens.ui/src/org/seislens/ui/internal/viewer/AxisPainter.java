package org.seislens.ui.internal.viewer;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.seislens.core.TraceHeaders;
import org.seislens.ui.internal.render.Viewport;

/**
 * Draws the time (or depth) axis left of the plot and the trace axis above it, labelled with header values
 * of the loaded traces, one row per header key.
 */
final class AxisPainter {

    /** Width of the time axis, in pixels. */
    static final int LEFT = 64;
    /** Height of one row of trace labels, in pixels. */
    static final int ROW = 16;

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
        paintTime(gc, plot, viewport, samples, intervalUs, unit);
        paintTraces(gc, plot, viewport, keys, headers);
    }

    private static void paintTime(GC gc, Rectangle plot, Viewport viewport, int samples, double intervalUs,
            String unit) {
        double perSample = intervalUs / 1000.0;
        if (!(perSample > 0)) {
            perSample = 1;
        }
        int textHeight = gc.getFontMetrics().getHeight();
        double pixelsPerUnit = viewport.pixelsPerSample() / perSample;
        double step = niceStep(3.0 * textHeight / pixelsPerUnit);
        double first = Math.ceil(viewport.sampleAt(0) * perSample / step) * step;
        double last = Math.min(samples, viewport.sampleAt(plot.height)) * perSample;
        gc.drawText(unit, 4, Math.max(0, plot.y - textHeight - 2), true);
        for (double value = first; value <= last + 1e-9; value += step) {
            int y = plot.y + (int) Math.round(viewport.yOf(value / perSample));
            if (y < plot.y || y > plot.y + plot.height) {
                continue;
            }
            gc.drawLine(plot.x - 5, y, plot.x - 1, y);
            String label = format(value, step);
            Point extent = gc.textExtent(label);
            gc.drawText(label, plot.x - 8 - extent.x, Math.max(plot.y, y - extent.y / 2), true);
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
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            if (!headers.columns().contains(key)) {
                continue;
            }
            gc.drawText(shortName(key), 2, plot.y - 6 - ROW * (keys.size() - k), true);
        }
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
                gc.drawText(label, x - extent.x / 2, plot.y - 6 - ROW * (keys.size() - k), true);
            }
        }
    }

    private static String shortName(String key) {
        return key.length() <= 8 ? key : key.substring(0, 7) + '.';
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
