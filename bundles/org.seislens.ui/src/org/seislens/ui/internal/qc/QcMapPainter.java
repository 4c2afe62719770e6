package org.seislens.ui.internal.qc;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.seislens.ui.internal.render.ColourMap;
import org.seislens.ui.internal.render.ColourMaps;

/**
 * Draws the QC map with a plain GC: receivers as small dots, sources as squares, the chosen group (sources or
 * receivers) coloured by its values on the viridis scale (grey where it has none), equal scales on both axes, and
 * a legend with the values' range. Remembers the transform of the last paint to find the source under a click.
 */
public final class QcMapPainter {

    private static final int MARGIN = 16;
    private static final int SOURCE = 7;
    private static final int RECEIVER = 3;

    private @Nullable QcMapData data;
    private boolean perShot = true;
    private double @Nullable [] values;
    private double scale = 1;
    private double originX;
    private double originY;
    private int bottom;
    private int left;

    /**
     * @param shown the positions, or {@code null}
     * @param shots whether sources (else receivers) are coloured
     * @param colouredBy the value of each source or receiver, or {@code null} for none
     */
    void set(@Nullable QcMapData shown, boolean shots, double @Nullable [] colouredBy) {
        data = shown;
        perShot = shots;
        values = colouredBy;
    }

    /**
     * @param gc where to draw
     * @param area the canvas's client area
     */
    void paint(GC gc, Rectangle area) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        QcMapData d = data;
        if (d == null) {
            return;
        }
        fit(d, area);
        double[] v = values;
        double[] range = v == null ? null : QcMapData.range(v);
        ColourMap map = ColourMaps.VIRIDIS.map();
        Color grey = gc.getDevice().getSystemColor(SWT.COLOR_GRAY);
        for (int r = 0; r < d.receiverX().length; r++) {
            Point p = toPixel(d.receiverX()[r], d.receiverY()[r]);
            gc.setBackground(!perShot && v != null && range != null ? colour(map, v[r], range, grey) : grey);
            gc.fillRectangle(p.x - RECEIVER / 2, p.y - RECEIVER / 2, RECEIVER, RECEIVER);
        }
        for (int s = 0; s < d.shots().length; s++) {
            Point p = toPixel(d.sourceX()[s], d.sourceY()[s]);
            gc.setBackground(perShot && v != null && range != null ? colour(map, v[s], range, grey) : grey);
            gc.fillRectangle(p.x - SOURCE / 2, p.y - SOURCE / 2, SOURCE, SOURCE);
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            gc.drawRectangle(p.x - SOURCE / 2, p.y - SOURCE / 2, SOURCE - 1, SOURCE - 1);
        }
        if (range != null) {
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
            String legend = String.format("%.4g .. %.4g", Double.valueOf(range[0]), Double.valueOf(range[1])); //$NON-NLS-1$
            gc.drawText(legend, area.x + 4, area.y + 2, true);
        }
    }

    private static Color colour(ColourMap map, double value, double[] range, Color none) {
        if (!Double.isFinite(value)) {
            return none;
        }
        double span = range[1] - range[0];
        int index = span > 0 ? (int) Math.round((value - range[0]) / span * (ColourMap.SIZE - 1)) : ColourMap.SIZE / 2;
        int rgb = map.rgb(Math.max(0, Math.min(ColourMap.SIZE - 1, index)));
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private void fit(QcMapData d, Rectangle area) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[][] xy : new double[][][] { { d.sourceX(), d.sourceY() }, { d.receiverX(), d.receiverY() } }) {
            for (int i = 0; i < xy[0].length; i++) {
                minX = Math.min(minX, xy[0][i]);
                maxX = Math.max(maxX, xy[0][i]);
                minY = Math.min(minY, xy[1][i]);
                maxY = Math.max(maxY, xy[1][i]);
            }
        }
        if (minX > maxX) {
            minX = maxX = minY = maxY = 0;
        }
        double w = Math.max(1, area.width - 2 * MARGIN);
        double h = Math.max(1, area.height - 2 * MARGIN);
        scale = Math.min(w / Math.max(1e-9, maxX - minX), h / Math.max(1e-9, maxY - minY));
        // centre the survey in the canvas
        originX = minX - (w / scale - (maxX - minX)) / 2;
        originY = minY - (h / scale - (maxY - minY)) / 2;
        left = area.x + MARGIN;
        bottom = area.y + area.height - MARGIN;
    }

    private Point toPixel(double x, double y) {
        return new Point(left + (int) Math.round((x - originX) * scale),
                bottom - (int) Math.round((y - originY) * scale));
    }

    /**
     * @param shot a source's index
     * @return where it was drawn last
     */
    public Point sourcePixel(int shot) {
        QcMapData d = data;
        if (d == null) {
            throw new IllegalStateException("No map is drawn"); //$NON-NLS-1$
        }
        return toPixel(d.sourceX()[shot], d.sourceY()[shot]);
    }

    /**
     * @param x pixel
     * @param y pixel
     * @return the source drawn nearest, within a few pixels, or -1
     */
    int sourceAt(int x, int y) {
        QcMapData d = data;
        if (d == null) {
            return -1;
        }
        return d.nearest(true, originX + (x - left) / scale, originY + (bottom - y) / scale, (SOURCE + 2) / scale);
    }
}
