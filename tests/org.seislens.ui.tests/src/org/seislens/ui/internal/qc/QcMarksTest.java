package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.TraceEdit;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.test.support.Input;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Marking and editing in the viewer: Ctrl + click kills a trace and the edits file has it, Undo and Redo restore
 * and repeat it, Ctrl + Shift + drag reverses the traces across (a magenta band shows them), the keys kill the
 * picked trace and the commands the whole gather, a flagged trace gets a stripe in its reason's colour, and the
 * processed gather follows the edits.
 */
class QcMarksTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;

    @BeforeAll
    static void importSurvey() throws Exception {
        dataset = QcSurvey.importInto(dir);
    }

    @BeforeEach
    void showFirstShot() throws Exception {
        DatasetQc qc = DatasetQc.of(dataset);
        Ui.waitUntil("earlier edits are written", qc::isSaved);
        if (!qc.edits().isEmpty()) {
            Ui.run(() -> EditOperation.of(qc, qc.edits().stream().mapToLong(TraceEdit::traceIndex).toArray(), null)
                    .run());
            Ui.waitUntil("earlier edits are cleared", qc::isSaved);
        }
        view = QcSurvey.showShot(dataset, 1001);
        setChain(null);
    }

    private void setChain(String json) {
        Ui.run(() -> {
            try {
                view.setChain(json == null ? null
                        : Services.require(org.seislens.core.ProcessingService.class).parseChain(json));
            } catch (org.seislens.core.InvalidChainException e) {
                throw new AssertionError(e);
            }
        });
    }

    private void mouse(int type, int x, int stateMask) {
        Ui.run(() -> {
            Event e = new Event();
            e.x = x;
            e.y = view.plotArea().y + view.plotArea().height / 2;
            e.button = 1;
            e.stateMask = stateMask;
            view.canvas().notifyListeners(type, e);
        });
    }

    private void click(long position, int stateMask) {
        int x = QcSurvey.xOf(view, position);
        mouse(SWT.MouseDown, x, stateMask);
        mouse(SWT.MouseUp, x, stateMask);
    }

    private void command(String id) {
        Ui.run(() -> {
            try {
                view.getSite().getPage().activate(view);
                view.getSite().getService(IHandlerService.class).executeCommand(id, null);
            } catch (CommandException e) {
                throw new AssertionError(e);
            }
        });
    }

    private List<TraceEdit> written() throws Exception {
        DatasetQc qc = DatasetQc.of(dataset);
        Ui.waitUntil("the edits are written", qc::isSaved);
        return QcSurvey.editsFile(dataset);
    }

    private RGB pixel(long position, int dy) {
        Ui.waitUntil("the viewer is drawn", view::isSettled);
        Ui.run(() -> view.canvas().update());
        ImageData shot = Screenshots.capture(view.canvas());
        Rectangle plot = Ui.call(view::plotArea);
        return Screenshots.rgb(shot, QcSurvey.xOf(view, position), plot.y + dy);
    }

    @Test
    void ctrlClickKillsATraceAndUndoRedoRestoreTheEditsFile() throws Exception {
        long trace = 3; // shot 1001 is traces 0..39
        int middle = Ui.call(() -> view.plotArea().height / 2);
        RGB live = pixel(3, middle);
        click(3, SWT.MOD1);
        List<TraceEdit> edits = written();
        RGB killed = pixel(3, middle);
        assertTrue(!killed.equals(live) && Math.abs(killed.red - killed.green) < 40
                && Math.abs(killed.green - killed.blue) < 40, "a killed trace is greyed: " + live + " -> " + killed);
        assertEquals(1, edits.size());
        assertEquals(trace, edits.get(0).traceIndex());
        assertEquals(TraceEdit.Action.KILL, edits.get(0).action());
        List<String> flags = DatasetQc.of(dataset).reasons(trace);
        assertEquals(flags.isEmpty() ? EditOperation.MANUAL : String.join(",", flags), edits.get(0).reason());

        command("org.eclipse.ui.edit.undo");
        assertEquals(List.of(), written(), "undo leaves no edit");
        assertEquals(live, pixel(3, middle), "undo takes the grey away");
        command("org.eclipse.ui.edit.redo");
        assertEquals(List.of(trace), written().stream().map(TraceEdit::traceIndex).toList(), "redo kills it again");

        click(3, SWT.MOD1);
        assertEquals(List.of(), written(), "a Ctrl + click on a killed trace clears it");
    }

    @Test
    void ctrlShiftDragReversesTheTracesAcrossWithAMagentaBand() throws Exception {
        RGB before = pixel(12, QcMarks.STRIPE + 2);
        mouse(SWT.MouseDown, QcSurvey.xOf(view, 10), SWT.MOD1 | SWT.SHIFT);
        mouse(SWT.MouseMove, QcSurvey.xOf(view, 12), SWT.MOD1 | SWT.SHIFT);
        mouse(SWT.MouseUp, QcSurvey.xOf(view, 14), SWT.MOD1 | SWT.SHIFT);
        List<TraceEdit> edits = written();
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L), edits.stream().map(TraceEdit::traceIndex).toList());
        assertTrue(edits.stream().allMatch(e -> e.action() == TraceEdit.Action.REVERSE));
        assertEquals(MarkColours.REVERSED_EDIT, pixel(12, QcMarks.STRIPE + 2), "band over a reversed trace");
        assertEquals(before, pixel(16, QcMarks.STRIPE + 2), "no band beside");

        click(12, SWT.MOD1 | SWT.SHIFT);
        assertEquals(List.of(10L, 11L, 13L, 14L), written().stream().map(TraceEdit::traceIndex).toList());
    }

    @Test
    void keysKillThePickedTraceAndCommandsEditTheWholeGather() throws Exception {
        click(20, 0); // picks
        assertEquals(20, (long) Ui.call(view::highlighted));
        Ui.run(() -> view.getSite().getPage().activate(view));
        Input.key(view.canvas(), 'k'); // a real key press, through the workbench's key bindings
        assertEquals(List.of(20L), written().stream().map(TraceEdit::traceIndex).toList());
        command(QcEditHandler.CLEAR_TRACE);
        assertEquals(List.of(), written());
        command(QcEditHandler.KILL_TRACE);
        assertEquals(List.of(20L), written().stream().map(TraceEdit::traceIndex).toList());
        command(QcEditHandler.REVERSE_TRACE);
        assertEquals(TraceEdit.Action.REVERSE, written().get(0).action());
        command(QcEditHandler.CLEAR_TRACE);
        assertEquals(List.of(), written());

        command(QcEditHandler.KILL_GATHER);
        List<TraceEdit> all = written();
        assertEquals(QcSurvey.GEOMETRY.channels(), all.size());
        assertTrue(all.stream().allMatch(e -> e.action() == TraceEdit.Action.KILL && e.traceIndex() < 40));
        command(QcEditHandler.CLEAR_GATHER);
        assertEquals(List.of(), written());
    }

    @Test
    void aFlaggedTraceHasAStripeInItsReasonsColour() throws Exception {
        QcSurvey.runQc(dataset);
        view = QcSurvey.showShot(dataset, 1003);
        long position = QcSurvey.DEAD - 80;
        assertEquals(List.of("dead"), DatasetQc.of(dataset).reasons(QcSurvey.DEAD));
        Ui.run(() -> view.canvas().redraw());
        assertEquals(MarkColours.REASONS.get("dead"), pixel(position, 2));
        assertEquals(MarkColours.REASONS.get("dead"), pixel(position, QcMarks.STRIPE - 1));
    }

    @Test
    void theProcessedGatherFollowsTheEdits() throws Exception {
        setChain("{\"steps\":[{\"op\":\"scale\",\"factor\":2}]}");
        click(5, SWT.MOD1);
        written();
        Ui.waitUntil("the processed dataset has the kill", () -> {
            var processed = view.processedDataset();
            if (processed == null) {
                return false;
            }
            try {
                WindowData w = processed.window(new WindowBounds(4, 7, 0, QcSurvey.GEOMETRY.samples()),
                        new org.eclipse.core.runtime.NullProgressMonitor());
                float[] s = w.samples();
                int n = QcSurvey.GEOMETRY.samples();
                boolean killed = true;
                boolean others = false;
                for (int i = 0; i < n; i++) {
                    killed &= s[n + i] == 0f;
                    others |= s[i] != 0f && s[2 * n + i] != 0f;
                }
                return killed && others;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        setChain(null);
    }
}
