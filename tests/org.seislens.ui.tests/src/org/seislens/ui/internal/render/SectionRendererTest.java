package org.seislens.ui.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

class SectionRendererTest {

    private final SectionRenderer renderer = new SectionRenderer();

    /** Traces alternate +a and -a (two traces each), constant in time. */
    private static WindowData stripes(long firstTrace, int traces, int samples, float a) {
        float[] v = new float[traces * samples];
        for (int t = 0; t < traces; t++) {
            for (int s = 0; s < samples; s++) {
                v[t * samples + s] = ((firstTrace + t) / 2) % 2 == 0 ? a : -a;
            }
        }
        return new WindowData(new WindowBounds(firstTrace, firstTrace + traces, 0, samples), v, SampleType.FLOAT32);
    }

    private static int rgb(ImageData image, int x, int y) {
        int p = image.getPixel(x, y);
        var c = image.palette.getRGB(p);
        return c.red << 16 | c.green << 8 | c.blue;
    }

    @Test
    void variableDensityPaintsClippedAmplitudesWithTheEndsOfTheMap() {
        WindowData w = stripes(10, 8, 20, 500f);
        DisplaySettings s = DisplaySettings.DEFAULT.withClip(ClipMode.ABSOLUTE, 250);
        Viewport v = new Viewport(10, 0, 10, 2, 80, 40);
        ImageData image = renderer.render(w, AmplitudeScale.of(w, s), v, s);
        assertEquals(80, image.width);
        assertEquals(0x000000, rgb(image, 5, 5), "trace 10 is -500, beyond the clip: black");
        assertEquals(0xFFFFFF, rgb(image, 25, 5), "trace 12 is +500: white");
        DisplaySettings flipped = s.withPolarityFlipped().withColourMap(ColourMaps.SEISMIC);
        image = renderer.render(w, AmplitudeScale.of(w, flipped), v, flipped);
        assertEquals(ColourMaps.SEISMIC.map().rgb(255), rgb(image, 5, 5));
        assertEquals(ColourMaps.SEISMIC.map().rgb(0), rgb(image, 25, 5));
        assertEquals(0x800000, ColourMaps.SEISMIC.map().rgb(255));
        // gain 1, clip 1000: half the clip lands in the middle of the positive half of the map
        DisplaySettings half = DisplaySettings.DEFAULT.withClip(ClipMode.ABSOLUTE, 1000);
        image = renderer.render(w, AmplitudeScale.of(w, half), v, half);
        assertEquals(ColourMaps.GREY.map().rgb(191), rgb(image, 25, 5));
    }

    @Test
    void pixelsOutsideTheWindowGetTheNoDataColour() {
        WindowData w = stripes(10, 8, 20, 500f);
        DisplaySettings s = DisplaySettings.DEFAULT;
        Viewport v = new Viewport(5, -5, 10, 2, 200, 100);
        ImageData image = renderer.render(w, AmplitudeScale.of(w, s), v, s);
        assertEquals(SectionRenderer.NO_DATA, rgb(image, 10, 50), "trace 6 is not loaded");
        assertEquals(SectionRenderer.NO_DATA, rgb(image, 60, 2), "sample -4 does not exist");
        assertEquals(0x000000, rgb(image, 55, 20));
    }

    @Test
    void percentileClipAndTraceNormalisation() {
        float[] v = new float[2 * 100];
        for (int s = 0; s < 100; s++) {
            v[s] = s + 1; // 1..100
            v[100 + s] = 10 * (s + 1); // 10..1000
        }
        WindowData w = new WindowData(new WindowBounds(0, 2, 0, 100), v, SampleType.FLOAT32);
        AmplitudeScale none = AmplitudeScale.of(w, DisplaySettings.DEFAULT.withClip(ClipMode.PERCENTILE, 50));
        assertEquals(91, none.clip(), 1e-6, "the 100th of 200 sorted values");
        AmplitudeScale perTrace = AmplitudeScale.of(w,
                DisplaySettings.DEFAULT.withNormalisation(Normalisation.TRACE).withClip(ClipMode.ABSOLUTE, 1));
        assertEquals(perTrace.factor(0), 10 * perTrace.factor(1), 1e-6, "traces balanced by their RMS");
    }

    @Test
    void wiggleWithVariableAreaFillsPositiveLobesOnly() {
        WindowData w = stripes(0, 8, 50, 100f);
        DisplaySettings s = DisplaySettings.DEFAULT.withMode(DisplayMode.WIGGLE_VARIABLE_AREA)
                .withClip(ClipMode.ABSOLUTE, 200);
        Viewport v = new Viewport(0, 0, 20, 2, 160, 100);
        ImageData image = renderer.render(w, AmplitudeScale.of(w, s), v, s);
        // trace 0 (+100, half the clip) has its baseline at x = 10 and its curve at x = 20: filled between
        for (int x = 10; x <= 20; x++) {
            assertEquals(SectionRenderer.INK, rgb(image, x, 50), "column " + x);
        }
        assertEquals(SectionRenderer.PAPER, rgb(image, 22, 50));
        // trace 2 (-100) has its curve at x = 40, left of the baseline at 50, not filled
        assertEquals(SectionRenderer.INK, rgb(image, 40, 50));
        assertEquals(SectionRenderer.PAPER, rgb(image, 45, 50));
        DisplaySettings plain = s.withMode(DisplayMode.WIGGLE);
        image = renderer.render(w, AmplitudeScale.of(w, plain), v, plain);
        assertEquals(SectionRenderer.PAPER, rgb(image, 15, 50), "plain wiggles fill nothing");
        assertEquals(SectionRenderer.INK, rgb(image, 20, 50));
        assertTrue(image.width == 160 && image.height == 100);
    }

    /** A window whose values change along both axes, so that any pixel left from an earlier drawing shows. */
    private static WindowData ramp(long firstTrace, int traces, int samples) {
        float[] v = new float[traces * samples];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i * 0.37) * (i % 17);
        }
        return new WindowData(new WindowBounds(firstTrace, firstTrace + traces, 0, samples), v, SampleType.FLOAT32);
    }

    @Test
    void drawingIntoAnEarlierImageGivesTheSamePixelsAsANewOne() {
        for (DisplayMode mode : DisplayMode.values()) {
            DisplaySettings s = DisplaySettings.DEFAULT.withMode(mode).withColourMap(ColourMaps.SEISMIC);
            WindowData first = ramp(0, 40, 60);
            WindowData second = stripes(3, 25, 50, 500);
            Viewport v1 = new Viewport(0, 0, 4, 2, 160, 120);
            Viewport v2 = new Viewport(-2, -10, 5, 1.5, 160, 120); // partly outside the window: background pixels
            ImageData reused = renderer.render(first, AmplitudeScale.of(first, s), v1, s);
            ImageData again = renderer.render(second, AmplitudeScale.of(second, s), v2, s, reused);
            assertSame(reused, again, mode + ": same size, same pixels array");
            ImageData fresh = renderer.render(second, AmplitudeScale.of(second, s), v2, s);
            assertArrayEquals(fresh.data, again.data, mode + ": every pixel redrawn");
            ImageData otherSize = renderer.render(second, AmplitudeScale.of(second, s),
                    new Viewport(0, 0, 4, 2, 100, 120), s, reused);
            assertNotSame(reused, otherSize, mode + ": another size is a new image");
            assertEquals(100, otherSize.width);
        }
    }

    @Test
    void theRecyclerHandsBackImagesOfTheSizeAskedAndKeepsFew() {
        ImageRecycler images = new ImageRecycler(2);
        WindowData w = ramp(0, 10, 20);
        DisplaySettings s = DisplaySettings.DEFAULT;
        Viewport v = new Viewport(0, 0, 8, 3, 80, 60);
        ImageData a = renderer.render(w, AmplitudeScale.of(w, s), v, s, images.take(80, 60));
        ImageData b = renderer.render(w, AmplitudeScale.of(w, s), v, s, images.take(80, 60));
        ImageData c = renderer.render(w, AmplitudeScale.of(w, s), v, s, images.take(80, 60));
        images.give(a);
        images.give(b);
        images.give(c);
        images.give(c);
        assertEquals(2, images.idle(), "at most two wait");
        assertNull(images.take(81, 60), "another size");
        ImageData taken = images.take(80, 60);
        assertTrue(taken == b || taken == c, "a recent one");
        assertSame(taken, renderer.render(w, AmplitudeScale.of(w, s), v, s, taken));
        images.give(renderer.render(w, AmplitudeScale.of(w, s), new Viewport(0, 0, 8, 3, 40, 30), s));
        assertEquals(1, images.idle(), "a resized view drops the old size");
        assertNull(images.take(80, 60));
        ImageData small = images.take(40, 30);
        assertTrue(small != null && small.width == 40);
    }
}
