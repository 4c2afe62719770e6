package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.ImageRecycler;
import org.seislens.ui.internal.render.SectionRenderer;
import org.seislens.ui.internal.render.Viewport;

/**
 * The render job of a panel draws each picture into the pixels of one given back to its recycler, so stepping
 * through gathers does not make an image per step, and the picture is the one a fresh image would show.
 */
class RenderJobTest {

    private final ImageRecycler images = new ImageRecycler();
    private final BlockingQueue<RenderJob.Rendered> done = new LinkedBlockingQueue<>();
    private final RenderJob job = new RenderJob(images, done::add);

    @AfterEach
    void cancel() {
        job.cancel();
    }

    /** A gather of a ramp: trace t sample s is {@code seed + t - s}. */
    private static WindowData gather(int seed, int traces, int samples) {
        float[] v = new float[traces * samples];
        for (int t = 0; t < traces; t++) {
            for (int s = 0; s < samples; s++) {
                v[t * samples + s] = seed + t - s;
            }
        }
        return new WindowData(new WindowBounds(0, traces, 0, samples), v, SampleType.FLOAT32);
    }

    private RenderJob.Rendered render(int generation, WindowData window, int width, int height)
            throws InterruptedException {
        Viewport v = new Viewport(0, 0, width / (double) window.bounds().traceCount(),
                height / (double) window.bounds().sampleCount(), width, height);
        job.request(new RenderJob.Frame(generation, window, window, DisplaySettings.DEFAULT, v));
        RenderJob.Rendered rendered = done.poll(30, TimeUnit.SECONDS);
        assertNotNull(rendered, "frame " + generation + " was not rendered");
        return rendered;
    }

    private static void assertDrawnAsNew(WindowData window, RenderJob.Rendered rendered) {
        ImageData fresh = new SectionRenderer().render(window, AmplitudeScale.of(window, DisplaySettings.DEFAULT),
                rendered.viewport(), DisplaySettings.DEFAULT);
        assertArrayEquals(fresh.data, rendered.pixels().data, "every pixel of the recycled image is redrawn");
    }

    @Test
    void aPictureGivenBackIsDrawnIntoByTheNextFrame() throws Exception {
        WindowData first = gather(0, 50, 120);
        RenderJob.Rendered one = render(1, first, 200, 100);
        assertDrawnAsNew(first, one);
        images.give(one.pixels());
        assertEquals(1, images.idle());

        WindowData second = gather(1000, 50, 120);
        RenderJob.Rendered two = render(2, second, 200, 100);
        assertSame(one.pixels(), two.pixels(), "the next gather is drawn into the same pixels");
        assertEquals(0, images.idle());
        assertDrawnAsNew(second, two);
    }

    @Test
    void aPictureNotGivenBackOrOfAnotherSizeIsNotDrawnInto() throws Exception {
        WindowData window = gather(0, 50, 120);
        RenderJob.Rendered one = render(1, window, 200, 100);
        RenderJob.Rendered two = render(2, window, 200, 100);
        assertNotSame(one.pixels(), two.pixels(), "still shown: not reused");
        images.give(two.pixels());
        RenderJob.Rendered resized = render(3, window, 300, 100);
        assertNotSame(two.pixels(), resized.pixels(), "another size");
        assertEquals(300, resized.pixels().width);
        assertDrawnAsNew(window, resized);
    }
}
