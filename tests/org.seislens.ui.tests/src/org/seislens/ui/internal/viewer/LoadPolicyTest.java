package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seislens.core.WindowBounds;

class LoadPolicyTest {

    private final LoadPolicy policy = LoadPolicy.DEFAULT;

    @Test
    void requestPadsTenPercentOnEachSideInsideTheRange() {
        WindowBounds visible = new WindowBounds(1000, 1200, 100, 300);
        assertEquals(new WindowBounds(980, 1220, 80, 320), policy.request(visible, 0, 5000, 1000));
        // clamped at the dataset's ends and at the displayed range's first trace
        assertEquals(new WindowBounds(1000, 1220, 0, 220), policy.request(new WindowBounds(1000, 1200, 0, 200),
                1000, 5000, 1000));
        assertEquals(new WindowBounds(4780, 5000, 890, 1000),
                policy.request(new WindowBounds(4800, 5000, 900, 1000), 0, 5000, 1000));
    }

    @Test
    void smallMovesInsideThePaddingNeedNoLoad() {
        WindowBounds anchor = new WindowBounds(1000, 1200, 100, 300);
        WindowBounds target = policy.request(anchor, 0, 5000, 1000);
        assertFalse(policy.needsLoad(anchor, anchor, target));
        assertFalse(policy.needsLoad(new WindowBounds(1019, 1219, 100, 300), anchor, target));
        assertFalse(policy.needsLoad(new WindowBounds(1000, 1200, 81, 281), anchor, target));
    }

    @Test
    void leavingTheLoadedWindowOrPassingTheHysteresisNeedsALoad() {
        WindowBounds anchor = new WindowBounds(1000, 1200, 100, 300);
        WindowBounds target = policy.request(anchor, 0, 5000, 1000);
        assertTrue(policy.needsLoad(new WindowBounds(1021, 1221, 100, 300), anchor, target));
        assertTrue(policy.needsLoad(anchor, null, null));
        // the whole dataset is loaded, so nothing is ever outside it: the hysteresis still asks for a
        // smaller window after a zoom in of more than 25 %
        WindowBounds all = new WindowBounds(0, 200, 0, 200);
        assertFalse(policy.needsLoad(new WindowBounds(0, 160, 0, 200), all, all));
        assertTrue(policy.needsLoad(new WindowBounds(0, 140, 0, 200), all, all));
        assertTrue(policy.needsLoad(new WindowBounds(60, 200, 0, 200), all, all));
    }

    @Test
    void controllerAsksOnceForALargePanAndDropsSupersededResults() {
        ViewportController c = new ViewportController(LoadPolicy.DEFAULT);
        c.setDomain(0, 10_000, 1000);
        c.setSize(1000, 500);
        c.oneToOne();
        c.scrollTo(0, 0); // 1 px per trace and sample: 1000 traces of 500 samples visible
        ViewportController.LoadRequest first = c.requestIfNeeded();
        assertNotNull(first);
        assertEquals(new WindowBounds(0, 1100, 0, 550), first.bounds());
        assertNull(c.requestIfNeeded(), "a pending load serves the same view");
        c.pan(-50, 0); // 5 %
        assertNull(c.requestIfNeeded());
        c.pan(-500, 0); // 55 % in all
        ViewportController.LoadRequest second = c.requestIfNeeded();
        assertNotNull(second);
        assertEquals(new WindowBounds(450, 1650, 0, 550), second.bounds());
        assertFalse(c.completed(first), "the superseded load is dropped");
        assertNull(c.loaded());
        assertTrue(c.completed(second));
        assertEquals(second.bounds(), c.loaded());
        assertNull(c.requestIfNeeded());
    }

    @Test
    void aFittedViewStaysFittedWhenResizedAndAZoomedOneKeepsItsScale() {
        ViewportController c = new ViewportController(LoadPolicy.DEFAULT);
        c.setDomain(0, 5000, 3000);
        c.setSize(1000, 600);
        assertTrue(c.isFitted());
        c.setSize(1600, 900);
        assertTrue(c.isFitted());
        assertEquals(1600 / 5000.0, c.viewport().pixelsPerTrace(), 1e-12);
        assertEquals(900 / 3000.0, c.viewport().pixelsPerSample(), 1e-12);
        c.oneToOne();
        assertFalse(c.isFitted());
        c.setSize(800, 500);
        assertEquals(1, c.viewport().pixelsPerTrace(), 1e-12, "a zoomed view keeps its scale");
        assertEquals(1, c.viewport().pixelsPerSample(), 1e-12);
    }

    @Test
    void zoomToFitOneToOneAndRubberBand() {
        ViewportController c = new ViewportController(LoadPolicy.DEFAULT);
        c.setDomain(0, 2000, 400);
        c.setSize(800, 200);
        assertEquals(new WindowBounds(0, 2000, 0, 400), c.visibleWindow());
        assertEquals(0.4, c.viewport().pixelsPerTrace(), 1e-12);
        assertEquals(0.5, c.viewport().pixelsPerSample(), 1e-12);
        c.oneToOne();
        assertEquals(1.0, c.viewport().pixelsPerTrace(), 1e-12);
        assertEquals(new WindowBounds(600, 1400, 100, 300), c.visibleWindow(), "centre kept");
        c.zoomToRectangle(0, 0, 100, 50);
        assertEquals(new WindowBounds(600, 700, 100, 150), c.visibleWindow());
        c.fit();
        assertEquals(new WindowBounds(0, 2000, 0, 400), c.visibleWindow());
        c.zoom(0.5, 0.5, 0, 0);
        assertEquals(new WindowBounds(0, 2000, 0, 400), c.visibleWindow(), "no zoom out past the range");
    }
}
