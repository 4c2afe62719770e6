package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Normalisation;

/**
 * The viewer's state survives a save and a restore through the workbench's XML memento, and a damaged or
 * older memento falls back to defaults instead of failing the restart.
 */
class ViewerStateTest {

    private static XMLMemento roundTrip(XMLMemento written) throws Exception {
        StringWriter text = new StringWriter();
        written.save(text);
        return XMLMemento.createReadRoot(new StringReader(text.toString()));
    }

    @Test
    void everythingComesBack() throws Exception {
        DisplaySettings settings = DisplaySettings.DEFAULT.withMode(DisplayMode.WIGGLE_VARIABLE_AREA)
                .withColourMap(ColourMaps.VIRIDIS).withClip(ClipMode.ABSOLUTE, 1500).withGain(2.5)
                .withPolarityFlipped().withNormalisation(Normalisation.TRACE);
        ViewerState state = new ViewerState(Path.of("/data/line7.seislens"), "cdp", 4242, settings, "offset", true,
                CompareMode.RAW_PROCESSED_DIFFERENCE);
        XMLMemento memento = XMLMemento.createWriteRoot("viewer");
        state.save(memento);
        assertEquals(state, ViewerState.restore(roundTrip(memento), "elevation"));
    }

    @Test
    void noDatasetNoEnsembleAndNoCurveAreKeptAsSuch() throws Exception {
        ViewerState state = new ViewerState(null, null, 0, DisplaySettings.DEFAULT, null, false, CompareMode.PROCESSED);
        XMLMemento memento = XMLMemento.createWriteRoot("viewer");
        state.save(memento);
        assertEquals(state, ViewerState.restore(roundTrip(memento), "offset"));
    }

    @Test
    void damagedValuesFallBackToDefaults() throws Exception {
        XMLMemento memento = XMLMemento.createWriteRoot("viewer");
        memento.putString("dataset", "/data/a.seislens");
        memento.putString("ensembleKey", "field_record");
        memento.putString("ensembleValue", "not a number");
        memento.putString("mode", "HOLOGRAM");
        memento.putString("clip", "-3");
        memento.putString("compareMode", "SIDEWAYS");
        ViewerState restored = ViewerState.restore(roundTrip(memento), "offset");
        assertEquals(Path.of("/data/a.seislens"), restored.dataset());
        assertNull(restored.ensembleKey(), "an ensemble without a readable value is dropped");
        assertEquals(DisplaySettings.DEFAULT, restored.settings());
        assertEquals("offset", restored.curveKey(), "an older memento without a curve gets the default curve");
        assertEquals(CompareMode.PROCESSED, restored.compareMode());
    }
}
