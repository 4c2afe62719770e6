package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.TraceEdit;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.Views;

/**
 * The Edits view lists the edits and flags of the dataset the viewer shows, filters them by action and reason,
 * follows edits made elsewhere and undone, a double click opens the trace's gather and picks the trace, and the
 * context menu's actions edit the selected traces.
 */
class EditsViewTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = QcSurvey.importInto(dir);
        QcSurvey.runQc(dataset);
    }

    private static List<Long> traces(EditsView edits) {
        return Ui.call(() -> edits.rows().stream().map(QcRow::trace).toList());
    }

    @Test
    void listsFiltersAndGoesToTheTrace() throws Exception {
        SeismicViewerView viewer = QcSurvey.showShot(dataset, 1001);
        EditsView edits = Views.showBeside(viewer, EditsView.ID, EditsView.class);
        Ui.waitUntil("the dead trace is listed", () -> traces(edits).contains(QcSurvey.DEAD));
        Ui.run(() -> edits.setFilter("dead"));
        assertEquals(List.of(QcSurvey.DEAD), traces(edits), "the dead filter keeps the dead trace only");

        DatasetQc qc = DatasetQc.of(dataset);
        Ui.run(() -> EditOperation.of(qc, new long[] { 5, 6 }, TraceEdit.Action.KILL).run());
        Ui.run(() -> edits.setFilter(TraceEdit.Action.KILL.label()));
        Ui.waitUntil("the kills are listed", () -> traces(edits).equals(List.of(5L, 6L)));
        Ui.run(() -> edits.setFilter(QcRow.EDITED));
        assertEquals(List.of(5L, 6L), traces(edits));

        Ui.run(() -> EditOperation.of(qc, new long[] { QcSurvey.DEAD }, TraceEdit.Action.KILL).run());
        Ui.waitUntil("the third kill is listed", () -> traces(edits).equals(List.of(5L, 6L, QcSurvey.DEAD)));
        QcRow dead = Ui.call(() -> edits.rows().get(2));
        assertEquals("dead", dead.edit().reason(), "a flagged trace is killed for its flag");
        Ui.run(() -> edits.setFilter(QcRow.UNDECIDED));
        assertTrue(!traces(edits).contains(QcSurvey.DEAD), "a killed trace is decided");
        Ui.run(() -> {
            try {
                edits.getSite().getPage().activate(edits);
                edits.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                        .executeCommand("org.eclipse.ui.edit.undo", null);
            } catch (org.eclipse.core.commands.common.CommandException e) {
                throw new AssertionError(e);
            }
        });
        Ui.run(() -> edits.setFilter(QcRow.EDITED));
        Ui.waitUntil("undo removes it from the list", () -> traces(edits).equals(List.of(5L, 6L)));

        Ui.run(() -> edits.setFilter(QcRow.ALL));
        Ui.run(() -> {
            TableViewer table = edits.viewer();
            assertNotNull(table);
            List<QcRow> rows = edits.rows();
            int index = -1;
            for (int i = 0; i < rows.size() && index < 0; i++) {
                index = rows.get(i).trace() == QcSurvey.DEAD ? i : -1;
            }
            assertTrue(index >= 0, "the dead trace is listed");
            // A double click is on a row on screen: the virtual table fills it when shown, and the event names it.
            org.eclipse.swt.widgets.Table t = table.getTable();
            t.setSelection(index);
            t.showSelection();
            Event click = new Event();
            click.item = t.getItem(index);
            assertEquals(Long.toString(QcSurvey.DEAD), t.getItem(index).getText(0));
            t.notifyListeners(SWT.DefaultSelection, click);
        });
        Ui.waitUntil("the dead trace's shot is shown with the trace picked", () -> viewer.ensemble() != null
                && viewer.ensemble().value() == 1003 && viewer.highlighted() == QcSurvey.DEAD - 80);
        Ui.waitUntil("edits written", qc::isSaved);
        assertEquals(List.of(5L, 6L),
                QcSurvey.editsFile(dataset).stream().map(TraceEdit::traceIndex).toList());

        Ui.run(() -> {
            edits.setFilter(QcRow.ALL);
            List<QcRow> chosen = edits.rows().stream().filter(r -> r.trace() == 6 || r.trace() == QcSurvey.DEAD)
                    .toList();
            edits.viewer().setSelection(new StructuredSelection(chosen));
            edits.editSelected(TraceEdit.Action.REVERSE);
        });
        Ui.waitUntil("edits written", qc::isSaved);
        List<TraceEdit> file = QcSurvey.editsFile(dataset);
        assertEquals(List.of(5L, 6L, QcSurvey.DEAD), file.stream().map(TraceEdit::traceIndex).toList());
        assertEquals(List.of(TraceEdit.Action.KILL, TraceEdit.Action.REVERSE, TraceEdit.Action.REVERSE),
                file.stream().map(TraceEdit::action).toList(), "the selected rows are reversed");
    }
}
