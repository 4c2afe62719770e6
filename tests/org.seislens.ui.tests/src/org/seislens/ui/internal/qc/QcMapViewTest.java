package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.Views;

/**
 * The QC map: sources and receivers at their header positions with the coordinate scalar applied, the shot with
 * the dead trace coloured by its fraction of flagged traces, and a click on a source opens its gather.
 */
class QcMapViewTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = QcSurvey.importInto(dir);
        QcSurvey.runQc(dataset);
    }

    @Test
    void positionsColoursAndAClickOpensTheGather() throws Exception {
        SeismicViewerView viewer = QcSurvey.showShot(dataset, 1001);
        QcMapView map = Views.showBeside(viewer, QcMapView.ID, QcMapView.class);
        Ui.run(() -> map.getSite().getPage().setPartState(map.getSite().getPage().getReference(map),
                IWorkbenchPage.STATE_MAXIMIZED));
        Ui.waitUntil("the positions are read", () -> map.data() != null);
        QcMapData data = Ui.call(map::data);
        assertEquals(QcSurvey.GEOMETRY.shots(), data.shots().length);
        for (int s = 0; s < data.shots().length; s++) {
            assertEquals(1001 + s, data.shots()[s]);
            assertEquals(QcSurvey.GEOMETRY.sourceX(s), data.sourceX()[s], 0.05, "source x, scalar applied");
            assertEquals(5000.0, data.sourceY()[s], 0.05, "source y, scalar applied");
        }
        assertTrue(data.receiverX().length >= QcSurvey.GEOMETRY.channels(), "receivers");

        double[] flagged = data.mean(DatasetQc.of(dataset).attributes(), QcMapData.FLAGGED, true);
        assertTrue(flagged[2] >= 1.0 / QcSurvey.GEOMETRY.channels(), "the dead trace's shot has flags");

        int shot = 4;
        Ui.waitUntil("the map has room", () -> map.canvas().getSize().x > 200 && map.canvas().getSize().y > 100);
        // The window system paints when it gets to it (after other views moved or resized): wait for the paint
        // that places the sources in the canvas as it is now.
        Ui.waitUntil("the source is drawn inside the canvas", () -> {
            map.canvas().redraw();
            map.canvas().update();
            Point drawn = map.painter().sourcePixel(shot);
            Point size = map.canvas().getSize();
            return drawn.x > 0 && drawn.y > 0 && drawn.x < size.x && drawn.y < size.y;
        });
        Point p = Ui.call(() -> map.painter().sourcePixel(shot));
        Ui.run(() -> {
            Event e = new Event();
            e.x = p.x + 1;
            e.y = p.y;
            e.button = 1;
            map.canvas().notifyListeners(SWT.MouseUp, e);
        });
        Ui.waitUntil("the clicked source's gather is shown",
                () -> viewer.ensemble() != null && viewer.ensemble().value() == 1001 + shot);
        Job loading = Ui.call(map::loading);
        assertNotNull(loading);
    }
}
