package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The settings API the handlers use: every change is told once with what changed, and the header columns a
 * window load reads are the axis keys and the curve's key that the dataset has, in that order, each once.
 */
class ViewerSettingsTest {

    private final List<ViewerSettings.Change> told = new ArrayList<>();
    private final ViewerSettings settings = new ViewerSettings(told::add);

    @Test
    void everyChangeIsToldWithWhatChanged() {
        DisplaySettings wiggle = DisplaySettings.DEFAULT.withMode(DisplayMode.WIGGLE);
        settings.setDisplay(wiggle);
        settings.setTraceAxisKeys(List.of("cdp"));
        settings.setCurveKey(null);
        settings.setDepthAxis(true);
        assertEquals(List.of(ViewerSettings.Change.DISPLAY, ViewerSettings.Change.TRACE_AXIS_KEYS,
                ViewerSettings.Change.CURVE_KEY, ViewerSettings.Change.DEPTH_AXIS), told);
        assertEquals(wiggle, settings.display());
        assertEquals(List.of("cdp"), settings.traceAxisKeys());
        assertEquals(null, settings.curveKey());
        assertTrue(settings.depthAxis());
        assertEquals(Messages.Viewer_depthAxisM, settings.unit());
    }

    @Test
    void theColumnsReadAreTheAxisKeysAndTheCurveTheDatasetHas() {
        assertEquals(ViewerSettings.DEFAULT_KEYS, List.of("field_record", "offset"));
        assertEquals(List.of("field_record", "offset"),
                settings.headerColumnsWanted(List.of("offset", "cdp", "field_record")),
                "the curve's offset is one of the axis keys: read once");
        settings.setCurveKey("cdp");
        assertEquals(List.of("field_record", "cdp"), settings.headerColumnsWanted(List.of("cdp", "field_record")),
                "offset is missing from the dataset");
        settings.setTraceAxisKeys(List.of());
        settings.setCurveKey("elevation");
        assertTrue(settings.headerColumnsWanted(List.of("cdp")).isEmpty());
        assertFalse(settings.depthAxis());
        assertEquals(Messages.Viewer_timeAxisMs, settings.unit());
    }
}
