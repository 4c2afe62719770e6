package org.seislens.ui.internal.viewer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.seislens.ui.internal.render.ColourMap;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Normalisation;

/**
 * The colour bar under a panel: the colour map from the amplitude that saturates it on the negative side,
 * through zero, to the one on the positive side, labelled with those amplitudes (the clip divided by the
 * gain; in units of RMS when traces are normalised). Wiggles have no colours: the bar then only says which
 * amplitude swings one trace spacing. It follows the picture drawn last, so it always tells the scale of what
 * is on screen.
 */
final class ColourBar {

    /** Height of the bar in pixels, labels included. */
    static final int HEIGHT = 30;
    private static final int BAR = 10;

    private final Canvas canvas;
    private double saturation = Double.NaN;
    private DisplaySettings settings = DisplaySettings.DEFAULT;

    /**
     * @param parent the panel's composite
     */
    ColourBar(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addListener(SWT.Paint, this::paint);
    }

    /** @return the bar's control */
    Canvas control() {
        return canvas;
    }

    /**
     * Shows the scale of a picture.
     *
     * @param amplitude the amplitude drawn at the ends of the map
     * @param drawnWith the settings the picture was drawn with
     */
    void setRange(double amplitude, DisplaySettings drawnWith) {
        if (amplitude == saturation && drawnWith.equals(settings)) {
            return;
        }
        saturation = amplitude;
        settings = drawnWith;
        canvas.redraw();
    }

    /** Forgets the range (another section is shown and nothing is drawn yet). */
    void clear() {
        saturation = Double.NaN;
        canvas.redraw();
    }

    /** @return the amplitude at the ends of the map, or NaN before a picture is drawn */
    double saturation() {
        return saturation;
    }

    /** @return the labels at the left end, the middle and the right end, as painted */
    String[] labels() {
        if (Double.isNaN(saturation)) {
            return new String[] { "", "", "" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String value = format(saturation);
        String unit = settings.normalisation() == Normalisation.NONE ? "" : ' ' + Messages.ColourBar_rms; //$NON-NLS-1$
        // Entry 0 of the map is the most negative amplitude, or the most positive one with reversed polarity.
        String left = (settings.reversePolarity() ? "+" : "\u2212") + value + unit; //$NON-NLS-1$ //$NON-NLS-2$
        String right = (settings.reversePolarity() ? "\u2212" : "+") + value + unit; //$NON-NLS-1$ //$NON-NLS-2$
        if (settings.mode() != DisplayMode.VARIABLE_DENSITY) {
            return new String[] { "", NLS.bind(Messages.ColourBar_wiggle, value + unit), "" }; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new String[] { left, "0", right }; //$NON-NLS-1$
    }

    /**
     * @param amplitude a value
     * @return it with four significant digits, without trailing zeros after the decimal point
     */
    static String format(double amplitude) {
        String text = String.format(java.util.Locale.ROOT, "%.4g", amplitude); //$NON-NLS-1$
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceFirst("\\.?0+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return e < 0 ? mantissa : mantissa + text.substring(e);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        if (Double.isNaN(saturation)) {
            return;
        }
        int x0 = AxisPainter.LEFT;
        int width = Math.max(1, area.width - AxisPainter.LEFT - 4);
        if (settings.mode() == DisplayMode.VARIABLE_DENSITY) {
            ColourMap map = settings.colourMap().map();
            for (int x = 0; x < width; x++) {
                int rgb = map.rgb(Math.min(ColourMap.SIZE - 1, x * ColourMap.SIZE / width));
                Color c = new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
                gc.setForeground(c);
                gc.drawLine(x0 + x, 1, x0 + x, BAR);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
            gc.drawRectangle(x0, 0, width - 1, BAR + 1);
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
        String[] labels = labels();
        int y = BAR + 3;
        gc.drawText(labels[0], x0, y, true);
        Point middle = gc.textExtent(labels[1]);
        gc.drawText(labels[1], x0 + (width - middle.x) / 2, y, true);
        Point right = gc.textExtent(labels[2]);
        gc.drawText(labels[2], x0 + width - right.x, y, true);
    }
}
