package org.seislens.ui.internal.render;

/**
 * A 256-entry colour table, from the most negative displayed amplitude (entry 0) through zero (entries 127
 * and 128) to the most positive (entry 255). Renderers index it with one byte per pixel, so drawing allocates
 * nothing per pixel.
 */
public final class ColourMap {

    /** Number of entries. */
    public static final int SIZE = 256;

    private final String name;
    private final byte[] red = new byte[SIZE];
    private final byte[] green = new byte[SIZE];
    private final byte[] blue = new byte[SIZE];

    private ColourMap(String name) {
        this.name = name;
    }

    /**
     * Builds a map by linear interpolation between evenly spaced anchor colours.
     *
     * @param name the map's name
     * @param anchors colours as 0xRRGGBB, at least two, the first for entry 0 and the last for entry 255
     * @return the map
     */
    public static ColourMap interpolated(String name, int... anchors) {
        if (anchors.length < 2) {
            throw new IllegalArgumentException("A colour map needs at least two anchors"); //$NON-NLS-1$
        }
        ColourMap map = new ColourMap(name);
        int segments = anchors.length - 1;
        for (int i = 0; i < SIZE; i++) {
            double position = i * (double) segments / (SIZE - 1);
            int a = Math.min(segments - 1, (int) position);
            double f = position - a;
            int from = anchors[a];
            int to = anchors[a + 1];
            map.red[i] = (byte) mix(from >> 16, to >> 16, f);
            map.green[i] = (byte) mix(from >> 8, to >> 8, f);
            map.blue[i] = (byte) mix(from, to, f);
        }
        return map;
    }

    private static int mix(int from, int to, double f) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * f);
    }

    /** @return the map's name */
    public String name() {
        return name;
    }

    /**
     * @param index an entry, 0 to 255
     * @return the entry's colour as 0xRRGGBB
     */
    public int rgb(int index) {
        return (red[index] & 0xFF) << 16 | (green[index] & 0xFF) << 8 | (blue[index] & 0xFF);
    }

    /** @return the red components (shared, do not modify) */
    byte[] reds() {
        return red;
    }

    /** @return the green components (shared, do not modify) */
    byte[] greens() {
        return green;
    }

    /** @return the blue components (shared, do not modify) */
    byte[] blues() {
        return blue;
    }
}
