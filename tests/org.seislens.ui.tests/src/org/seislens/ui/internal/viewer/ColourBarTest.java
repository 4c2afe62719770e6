package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.render.AmplitudeScale;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Normalisation;

/**
 * The colour bar under the viewer's section follows the clip of the picture on screen: its ends are the clip
 * divided by the gain, in amplitudes or in RMS units, in the order of the polarity, painted in the colour map.
 */
class ColourBarTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, 300, 500);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
    }

    @AfterEach
    void defaults() {
        Ui.run(() -> view.settings().setDisplay(DisplaySettings.DEFAULT));
        Ui.waitUntil("the defaults are drawn", view::isSettled);
    }

    private ColourBar show(DisplaySettings settings) {
        Ui.run(() -> view.settings().setDisplay(settings));
        Ui.waitUntil("the settings are drawn", view::isSettled);
        return Ui.call(() -> view.parts().panels().panel(PanelKind.PROCESSED).colourBar());
    }

    @Test
    void theRangeIsTheClipOfThePictureDividedByTheGain() {
        DisplaySettings percentile = DisplaySettings.DEFAULT;
        ColourBar bar = show(percentile);
        double clip = AmplitudeScale.of(Ui.call(view::displayedWindow), percentile).clip();
        assertEquals(1000, clip, 1e-3, "the 99th percentile of stripes of +-1000");
        assertEquals(clip, Ui.call(bar::saturation), 1e-9);
        assertArrayEquals(new String[] { "\u22121000", "0", "+1000" }, Ui.call(bar::labels));

        show(percentile.withClip(ClipMode.ABSOLUTE, 400).withGain(4));
        assertEquals(100, Ui.call(bar::saturation), 1e-9);
        assertArrayEquals(new String[] { "\u2212100", "0", "+100" }, Ui.call(bar::labels));

        show(percentile.withClip(ClipMode.ABSOLUTE, 400).withGain(4).withPolarityFlipped());
        assertArrayEquals(new String[] { "+100", "0", "\u2212100" }, Ui.call(bar::labels),
                "with reversed polarity the left end is the positive amplitude");

        show(percentile.withNormalisation(Normalisation.TRACE));
        assertEquals(1, Ui.call(bar::saturation), 1e-6, "each trace divided by its RMS of 1000");
        assertEquals("+1 " + Messages.ColourBar_rms, Ui.call(bar::labels)[2]);
    }

    @Test
    void theBarIsPaintedInTheColourMap() {
        ColourBar bar = show(DisplaySettings.DEFAULT.withColourMap(ColourMaps.SEISMIC));
        // The bar's repaint is asked for with the picture; wait until the window system shows it.
        Ui.waitUntil("the bar shows the seismic map", () -> rgb(0x00004C)
                .equals(Screenshots.rgb(Screenshots.capture(bar.control()), AxisPainter.LEFT + 1, 5)));
        ImageData image = Screenshots.capture(Ui.call(bar::control));
        int width = image.width - AxisPainter.LEFT - 4;
        for (int x : new int[] { 1, width / 4, width / 2, width - 2 }) {
            int entry = Math.min(255, x * 256 / width);
            assertEquals(rgb(ColourMaps.SEISMIC.map().rgb(entry)), Screenshots.rgb(image, AxisPainter.LEFT + x, 5),
                    "column " + x + " has the colour of entry " + entry);
        }
        assertEquals(rgb(0x00004C), Screenshots.rgb(image, AxisPainter.LEFT + 1, 5), "dark blue on the left");
    }

    private static RGB rgb(int value) {
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    @Test
    void amplitudesAreWrittenWithFourSignificantDigits() {
        assertEquals("1000", ColourBar.format(1000));
        assertEquals("1500", ColourBar.format(1500));
        assertEquals("1", ColourBar.format(1.0));
        assertEquals("0.1235", ColourBar.format(0.123456));
        assertEquals("1.235e+07", ColourBar.format(12345678));
        assertEquals("99", ColourBar.format(99));
    }
}
