package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.QcAttributes;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Any QC attribute can be the curve above the viewer's plot: after a QC run the curve choices offer them, and the
 * curve's values are the attribute of the traces shown.
 */
class QcCurvesTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = QcSurvey.importInto(dir);
    }

    @Test
    void attributesAreOfferedAsCurvesAfterQc() throws Exception {
        SeismicViewerView view = QcSurvey.showShot(dataset, 1002);
        Combo combo = Ui.call(() -> curveChoices(view));
        assertNotNull(combo, "the curve choices");
        assertTrue(Ui.call(() -> Arrays.stream(combo.getItems()).noneMatch(i -> i.startsWith(QcCurves.PREFIX))),
                "no QC curve before QC has run");

        QcSurvey.runQc(dataset);
        Ui.waitUntil("the attributes are offered",
                () -> Arrays.asList(combo.getItems()).containsAll(List.of("qc:rms", "qc:first_break_ms")));
        Ui.run(() -> view.settings().setCurveKey("qc:rms"));
        assertEquals("qc:rms", Ui.call(view::curveKey));

        QcAttributes a = DatasetQc.of(dataset).attributes();
        double[] shown = Ui.call(() -> new QcCurves(view).values("qc:rms", new long[] { 0, 7, 39 }));
        assertNotNull(shown);
        double[] rms = a.values().get("rms");
        assertEquals(rms[40], shown[0], 0.0, "position 0 of shot 1002 is trace 40");
        assertEquals(rms[47], shown[1], 0.0);
        assertEquals(rms[79], shown[2], 0.0);
        assertTrue(rms[40] > 0, "a live trace has energy");
    }

    /**
     * @return the combo of the curve strip above the viewer's panels: the nearest one around the canvas that offers
     *         the header columns (the canvas sits in a panel of the compare mode, below the strip's composite)
     */
    private static Combo curveChoices(SeismicViewerView view) {
        for (Composite c = view.canvas().getParent(); c != null && !(c instanceof Shell); c = c.getParent()) {
            Combo found = Widgets.find(c, Combo.class, combo -> Arrays.asList(combo.getItems()).contains("offset"));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
