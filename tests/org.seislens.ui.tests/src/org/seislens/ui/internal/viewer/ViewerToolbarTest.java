package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Ensemble;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The viewer's toolbar in the running workbench, on the stripe survey (500 traces of +1000 or -1000 in gathers
 * of 100 by field_record): each control changes what is shown, and the controls follow changes made elsewhere.
 */
class ViewerToolbarTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;
    private ViewerToolbar toolbar;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, 500, 1500);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
        toolbar = Ui.call(() -> view.parts().toolbar());
    }

    @AfterEach
    void defaults() {
        Ui.run(() -> {
            view.settings().setCompareMode(CompareMode.PROCESSED);
            view.settings().setDisplay(DisplaySettings.DEFAULT);
            try {
                view.setChain(null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("the defaults are drawn", view::isSettled);
    }

    private static void select(Combo combo, String item) {
        Ui.run(() -> {
            int index = List.of(combo.getItems()).indexOf(item);
            assertTrue(index >= 0, item + " is offered");
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static void type(Text field, String text) {
        Ui.run(() -> {
            field.setText(text);
            field.notifyListeners(SWT.DefaultSelection, new Event());
        });
    }

    private static void press(Widget item) {
        Ui.run(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    private RGB centreOfFirstTrace() {
        Ui.waitUntil("the change is drawn", view::isSettled);
        Rectangle plot = Ui.call(view::plotArea);
        ImageData image = Screenshots.capture(Ui.call(view::canvas));
        return Screenshots.rgb(image, plot.x + 2, plot.y + plot.height / 2);
    }

    /**
     * @return the colour of the first trace's centre once it is the expected one, or what it is after a few
     *         seconds: a new picture is rendered in a job after a setting changed, and shown when it is done
     */
    private RGB centreOfFirstTraceOnceDrawn(RGB expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        RGB rgb = centreOfFirstTrace();
        while (!rgb.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rgb = centreOfFirstTrace();
        }
        return rgb;
    }

    @Test
    void modeAndColourMapChangeThePixels() throws InterruptedException {
        assertEquals(new RGB(255, 255, 255), centreOfFirstTraceOnceDrawn(new RGB(255, 255, 255)),
                "+1000 is white in grey");
        select(toolbar.colourMap(), Messages.Toolbar_mapSeismic);
        assertEquals(ColourMaps.SEISMIC, Ui.call(() -> view.settings().display().colourMap()));
        assertEquals(new RGB(0x80, 0, 0), centreOfFirstTraceOnceDrawn(new RGB(0x80, 0, 0)),
                "+1000 is dark red in the seismic map");

        select(toolbar.mode(), Messages.Toolbar_modeWiggle);
        assertEquals(DisplayMode.WIGGLE, Ui.call(() -> view.settings().display().mode()));
        Ui.waitUntil("the wiggles are drawn", view::isSettled);
        assertEquals(2, plotColoursOnceNothingIsOverlaid(), "wiggles are black ink on white paper");
        assertTrue(!Ui.call(() -> toolbar.colourMap().isEnabled()), "wiggles have no colour map");
    }

    /**
     * @return the number of colours in the plot on screen. GTK overlays its scroll bars on the canvas for about a
     *         second after their range changed, translucent over the bottom row of the plot, so the plot is
     *         captured again for a few seconds until nothing is over it.
     */
    private int plotColoursOnceNothingIsOverlaid() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        int colours;
        do {
            ImageData shown = Screenshots.capture(Ui.call(view::canvas));
            colours = Screenshots.distinctColours(crop(shown, Ui.call(view::plotArea)));
            if (colours == 2) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return colours;
    }

    private static ImageData crop(ImageData image, Rectangle r) {
        ImageData part = new ImageData(r.width, r.height, image.depth, image.palette);
        for (int y = 0; y < r.height; y++) {
            for (int x = 0; x < r.width; x++) {
                part.setPixel(x, y, image.getPixel(r.x + x, r.y + y));
            }
        }
        return part;
    }

    @Test
    void clipAndGainFieldsSetTheScaleAndInvalidTextIsNotApplied() {
        type(toolbar.clip(), "250");
        DisplaySettings s = Ui.call(() -> view.settings().display());
        assertEquals(ClipMode.ABSOLUTE, s.clipMode());
        assertEquals(250, s.clip());
        Ui.waitUntil("the clip is drawn", view::isSettled);
        assertEquals(250, Ui.call(() -> view.parts().panels().panel(PanelKind.PROCESSED).colourBar().saturation()),
                1e-9);

        type(toolbar.gain(), "2");
        assertEquals(2, Ui.call(() -> view.settings().display().gain()));
        Ui.waitUntil("the gain is drawn", view::isSettled);
        assertEquals(125, Ui.call(() -> view.parts().panels().panel(PanelKind.PROCESSED).colourBar().saturation()),
                1e-9);

        type(toolbar.clip(), "150%");
        assertEquals(Ui.call(() -> view.settings().display()), s.withGain(2), "a percentile above 100 is refused");
        type(toolbar.gain(), "-1");
        assertEquals(Ui.call(() -> view.settings().display()), s.withGain(2), "a gain below 0 is refused");

        type(toolbar.clip(), "99%");
        type(toolbar.gain(), "1");
        assertEquals(new DisplaySettings(DisplayMode.VARIABLE_DENSITY, ColourMaps.GREY, ClipMode.PERCENTILE, 99, 1,
                false, s.normalisation()), Ui.call(() -> view.settings().display()));
        Ui.run(() -> view.settings().setDisplay(DisplaySettings.DEFAULT.withClip(ClipMode.ABSOLUTE, 1500)));
        assertEquals("1500", Ui.call(() -> toolbar.clip().getText()), "the field follows a change made elsewhere");
    }

    @Test
    void theCompareChoiceShowsThePanels() throws Exception {
        Ui.run(() -> {
            try {
                view.setChain(new ProcessingChain(List.of(new ProcessingStep("scale", true, Map.of("factor", 2.0)))));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        select(toolbar.compare(), Messages.Compare_all);
        Ui.waitUntil("three panels are drawn", () -> view.isSettled() && view.panels().size() == 3);
        select(toolbar.compare(), Messages.Compare_rawProcessed);
        Ui.waitUntil("two panels are drawn", () -> view.isSettled()
                && view.panels().equals(List.of(PanelKind.RAW, PanelKind.PROCESSED)));
        assertEquals(2000f, Ui.call(() -> view.window(PanelKind.PROCESSED)).value(0, 0));
        assertEquals(1000f, Ui.call(() -> view.window(PanelKind.RAW)).value(0, 0));
    }

    @Test
    void previousAndNextStepThroughTheGathers() throws Exception {
        Job open = Ui.call(() -> view.open(dataset));
        assertTrue(open.join(30_000, null));
        Ui.waitUntil("the first gather is shown", () -> ensembleValue() == 1 && view.isSettled());
        ToolBar gathers = Ui.call(() -> Widgets.find(toolbar.control(), ToolBar.class, t -> true));
        assertNotNull(gathers);
        press(Ui.call(() -> gathers.getItem(1)));
        Ui.waitUntil("the second gather is shown", () -> ensembleValue() == 2 && view.isSettled());
        press(Ui.call(() -> gathers.getItem(0)));
        Ui.waitUntil("the first gather is shown again", () -> ensembleValue() == 1 && view.isSettled());
    }

    private long ensembleValue() {
        Ensemble e = view.ensemble();
        return e == null ? -1 : e.value();
    }
}
