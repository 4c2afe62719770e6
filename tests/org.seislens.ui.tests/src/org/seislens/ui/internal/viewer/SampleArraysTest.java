package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.ImageRecycler;
import org.seislens.ui.internal.render.Viewport;

/**
 * The viewer's sample arrays are filled again only once nobody reads them: not while shown, not while a panel's
 * frame waits or is drawn, never when the dataset made them.
 */
class SampleArraysTest {

    private static final WindowBounds BOUNDS = new WindowBounds(0, 40, 0, 100);

    private final SampleArrays arrays = new SampleArrays();

    private WindowData taken() {
        return new WindowData(BOUNDS, arrays.take((int) BOUNDS.area()), SampleType.FLOAT32);
    }

    @Test
    void anArrayIsFilledAgainOnlyOnceEveryReaderReleasedIt() {
        WindowData shown = taken();
        arrays.hold(shown); // the loader
        arrays.hold(shown); // a frame
        assertNotSame(shown.samples(), arrays.take((int) BOUNDS.area()), "held: another array");
        arrays.release(shown);
        assertNotSame(shown.samples(), arrays.take((int) BOUNDS.area()), "still held by one");
        arrays.release(shown);
        assertEquals(1, arrays.idle());
        assertSame(shown.samples(), arrays.take((int) BOUNDS.area()), "nobody reads it: filled again");
        assertEquals(0, arrays.idle());
    }

    @Test
    void anArrayTakenButNeverShownIsGivenBackAndArraysOfAnotherSizeAreDropped() {
        float[] unused = arrays.take(4000);
        arrays.give(unused);
        assertEquals(1, arrays.idle());
        assertNotSame(unused, arrays.take(3000), "another length");
        float[] other = arrays.take(3000);
        arrays.give(other);
        assertEquals(1, arrays.idle(), "the array of the old size is dropped");
        assertSame(other, arrays.take(3000));
    }

    @Test
    void anArrayForgottenIsNeverFilledAgain() {
        float[] perhapsStillWritten = arrays.take(4000);
        arrays.forget(perhapsStillWritten);
        arrays.give(perhapsStillWritten);
        assertEquals(0, arrays.idle());
        assertEquals(0, arrays.inUse());
        assertNotSame(perhapsStillWritten, arrays.take(4000));
    }

    @Test
    void theDatasetsOwnArraysAreNeverFilled() {
        WindowData cached = new WindowData(BOUNDS, new float[(int) BOUNDS.area()], SampleType.FLOAT32);
        arrays.hold(cached);
        arrays.release(cached);
        arrays.release(cached);
        arrays.give(cached.samples());
        assertEquals(0, arrays.idle());
        assertEquals(0, arrays.inUse());
        assertNotSame(cached.samples(), arrays.take((int) BOUNDS.area()));
    }

    @Test
    void aFrameHoldsItsWindowUntilDrawnOrReplaced() throws Exception {
        BlockingQueue<RenderJob.Rendered> done = new LinkedBlockingQueue<>();
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        RenderJob job = new RenderJob(new ImageRecycler(), arrays, rendered -> {
            drawing.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add(rendered);
        });
        try {
            Viewport v = new Viewport(0, 0, 2, 2, 80, 200);
            WindowData first = taken();
            job.request(new RenderJob.Frame(1, first, first, DisplaySettings.DEFAULT, v));
            assertEquals(true, drawing.await(30, TimeUnit.SECONDS), "the first frame is drawn");
            WindowData second = taken();
            WindowData third = taken();
            job.request(new RenderJob.Frame(2, second, second, DisplaySettings.DEFAULT, v));
            job.request(new RenderJob.Frame(3, third, third, DisplaySettings.DEFAULT, v));
            assertEquals(1, arrays.idle(), "the second frame was replaced while waiting: its array is free");
            assertSame(second.samples(), arrays.take((int) BOUNDS.area()));
            assertNotSame(first.samples(), arrays.take((int) BOUNDS.area()), "the first is still being drawn");
            letGo.countDown();
            assertNotNull(done.poll(30, TimeUnit.SECONDS));
            RenderJob.Rendered last = done.poll(30, TimeUnit.SECONDS);
            assertNotNull(last);
            assertEquals(3, last.generation(), "the waiting frame was replaced by the newest");
            job.join();
            assertEquals(2, arrays.idle(), "both drawn frames let go of their windows");
        } finally {
            job.dispose();
        }
    }
}
