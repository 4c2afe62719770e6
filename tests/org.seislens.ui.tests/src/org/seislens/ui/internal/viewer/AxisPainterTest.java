package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.seislens.test.support.Ui;

/**
 * The corner of the axes: the unit of the vertical axis and the trace-axis key names must not overlap each
 * other nor leave the corner, for one to three key rows and both units.
 */
class AxisPainterTest {

    /** A monospaced measure: 7 pixels a character, like the default font at 96 dpi. */
    private static final ToIntFunction<String> SEVEN_PER_CHAR = text -> 7 * text.length();
    private static final int TEXT_HEIGHT = 15;
    private static final List<List<String>> KEY_ROWS = List.of(List.of("field_record"),
            List.of("field_record", "offset"), List.of("field_record", "cdp", "offset"));
    private static final List<String> UNITS = List.of(Messages.Viewer_timeAxisMs, Messages.Viewer_depthAxisM);

    private static Rectangle plot(List<String> keys) {
        return new Rectangle(AxisPainter.LEFT, AxisPainter.top(keys), 800, 500);
    }

    @Test
    void nothingInTheCornerOverlapsForOneToThreeRowsAndBothUnits() {
        for (List<String> keys : KEY_ROWS) {
            for (String unit : UNITS) {
                checkCorner(keys, unit, SEVEN_PER_CHAR, TEXT_HEIGHT);
            }
        }
    }

    @Test
    void nothingInTheCornerOverlapsWithTheDisplayFont() {
        Ui.run(() -> {
            Image image = new Image(Ui.display(), 10, 10);
            GC gc = new GC(image);
            try {
                int height = gc.getFontMetrics().getHeight();
                for (List<String> keys : KEY_ROWS) {
                    for (String unit : UNITS) {
                        checkCorner(keys, unit, text -> gc.textExtent(text).x, height);
                    }
                }
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    private static void checkCorner(List<String> keys, String unit, ToIntFunction<String> width, int height) {
        Rectangle plot = plot(keys);
        AxisPainter.Corner corner = AxisPainter.corner(plot, keys, unit, width, height);
        String context = keys + " " + unit + " text height " + height + ": " + corner;
        assertEquals(unit, corner.unit().text(), "the unit is never shortened");
        assertEquals(keys.size(), corner.names().size(), context);
        List<AxisPainter.Label> labels = new ArrayList<>();
        labels.add(corner.unit());
        for (int k = 0; k < keys.size(); k++) {
            AxisPainter.Label name = corner.names().get(k);
            assertFalse(name.text().isEmpty(), "every key keeps a name: " + context);
            String key = keys.get(k);
            assertTrue(name.text().equals(key)
                    || name.text().endsWith(".") && key.startsWith(name.text().substring(0, name.text().length() - 1)),
                    "a name is the key or its start followed by '.': " + context);
            labels.add(name);
        }
        // The corner is left of the plot and above it; the trace labels start at the plot's left edge.
        Rectangle area = new Rectangle(0, 0, plot.x, plot.y);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle r = labels.get(i).bounds();
            assertEquals(width.applyAsInt(labels.get(i).text()), r.width, "bounds fit the text: " + context);
            assertTrue(area.contains(r.x, r.y) && r.x + r.width <= area.width && r.y + r.height <= area.height,
                    labels.get(i) + " stays inside the corner " + area + ": " + context);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(r.intersects(labels.get(j).bounds()),
                        labels.get(i) + " overlaps " + labels.get(j) + ": " + context);
            }
        }
        // The unit sits in the row next to the plot, right-aligned with the vertical axis labels.
        Rectangle u = corner.unit().bounds();
        assertEquals(plot.x - 8, u.x + u.width, "the unit ends where the time labels end: " + context);
        assertTrue(u.y > corner.names().get(0).bounds().y || keys.size() == 1, context);
    }

    @Test
    void shortKeysAreShownWholeAndLongOnesShortened() {
        List<String> keys = List.of("cdp", "field_record");
        AxisPainter.Corner corner = AxisPainter.corner(plot(keys), keys, "ms", SEVEN_PER_CHAR, TEXT_HEIGHT);
        assertEquals("cdp", corner.names().get(0).text());
        // the last row shares the corner with the unit: it starts at 64 - 8 - 14 = 42, the name ends by 38
        assertEquals("fiel.", corner.names().get(1).text(), corner.toString());
        assertEquals(new Rectangle(2, AxisPainter.top(keys) - 6 - AxisPainter.ROW, 35, TEXT_HEIGHT),
                corner.names().get(1).bounds());
        assertEquals(new Rectangle(42, AxisPainter.top(keys) - 6 - AxisPainter.ROW, 14, TEXT_HEIGHT),
                corner.unit().bounds());
    }

    @Test
    void fitShortensToTheLongestStartThatFits() {
        assertEquals("offset", AxisPainter.fit("offset", 42, SEVEN_PER_CHAR));
        assertEquals("offs.", AxisPainter.fit("offset", 41, SEVEN_PER_CHAR));
        assertEquals("o.", AxisPainter.fit("offset", 14, SEVEN_PER_CHAR));
        assertEquals("", AxisPainter.fit("offset", 13, SEVEN_PER_CHAR));
    }

    @Test
    void traceLabelsStayOverThePlot() {
        Rectangle plot = new Rectangle(64, 22, 800, 500);
        assertEquals(64, AxisPainter.labelX(plot, 66, 28), "the first label does not reach into the corner");
        assertEquals(86, AxisPainter.labelX(plot, 100, 28), "a label is centred on its tick");
        assertEquals(864 - 28, AxisPainter.labelX(plot, 860, 28), "the last label ends at the plot's edge");
    }
}
