package org.seislens.ui.internal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Ensemble;
import org.seislens.core.ExportOptions;
import org.seislens.core.SegyExportService;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.navigator.GatherNavigatorView;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Drives the export wizard in a WizardDialog of the running workbench through its widgets and buttons: the file
 * it writes for a key range in another format and byte order equals the export service's file for the same
 * options, the gathers selected in the Gather Navigator are written trace for trace, and cancelling the job
 * leaves nothing.
 */
class DatasetExportWizardTest {

    @TempDir
    Path dir;

    private DatasetExportWizard wizard;
    private WizardDialog dialog;

    @BeforeEach
    void openTheWizard() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        open(true);
    }

    /** @param nothingShown whether the wizard starts on nothing shown rather than on the workbench's views */
    private void open(boolean nothingShown) {
        Ui.run(() -> {
            wizard = new DatasetExportWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            if (nothingShown) {
                wizard.init(ViewerContext.NONE, ContentPage.Scope.ALL);
            }
            dialog = new WizardDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }

    @AfterEach
    void closeTheWizard() {
        Ui.run(() -> {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        });
    }

    private Button button(String label) {
        Button b = Ui.call(() -> Widgets.find(dialog.getShell(), Button.class, x -> label.equals(x.getText())));
        assertNotNull(b, "no button " + label);
        return b;
    }

    private static void press(Button button) {
        Ui.run(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    private void choose(ContentPage.Scope scope) {
        Ui.run(() -> {
            for (ContentPage.Scope s : ContentPage.Scope.values()) {
                wizard.contentPage().scopeButton(s).setSelection(s == scope);
            }
            wizard.contentPage().scopeButton(scope).notifyListeners(SWT.Selection, new Event());
        });
    }

    private ExportJob finish(Path dataset, Path target, int format, int order) {
        Ui.run(() -> wizard.contentPage().datasetText().setText(dataset.toString()));
        press(button(IDialogConstants.NEXT_LABEL));
        Ui.run(() -> {
            TargetPage page = wizard.targetPage();
            page.formatCombo().select(format);
            page.orderCombo().select(order);
            page.fileText().setText(target.toString());
        });
        Button finish = button(IDialogConstants.FINISH_LABEL);
        assertTrue(Ui.call(finish::isEnabled), "Finish is enabled");
        press(finish);
        ExportJob job = wizard.job();
        assertNotNull(job, "Finish started the export");
        assertTrue(Ui.call(() -> dialog.getShell() == null || dialog.getShell().isDisposed()), "the wizard closed");
        return job;
    }

    @Test
    void aKeyRangeInIbmLittleEndianEqualsTheServiceExport() throws Exception {
        Path dataset = Imports.survey(dir.resolve("s.sgy"), new SurveyGeometry(6, 20, 200, 2000, 25.0, 12.5, 3),
                dir.resolve("s.seislens"));
        long low;
        long high;
        try (SegyReader in = SegyReader.open(dir.resolve("s.sgy"))) {
            low = TraceHeaderField.FIELD_RECORD.get(in.readTrace(20).header(), 0);
            high = TraceHeaderField.FIELD_RECORD.get(in.readTrace(79).header(), 0);
        }
        choose(ContentPage.Scope.KEY_RANGE);
        Ui.run(() -> {
            Text[] range = wizard.contentPage().keyRangeTexts();
            range[0].setText("field_record");
            range[1].setText(String.valueOf(low));
            range[2].setText(String.valueOf(high));
        });
        Path target = dir.resolve("wizard.sgy");
        // format 1 (IBM) is the first after "as the source"; little-endian the last byte order
        ExportJob job = finish(dataset, target, 1, 2);
        job.join(60_000, null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertEquals(60, job.summary().traces(), "three shots of 20 channels");

        Path expected = dir.resolve("service.sgy");
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<SegyExportService, SegyExportService> tracker = new ServiceTracker<>(context,
                SegyExportService.class, null);
        tracker.open();
        try {
            tracker.waitForService(20_000).export(dataset, expected, new ExportOptions(1, ByteOrder.LITTLE_ENDIAN,
                    null, null, "field_record", List.of(), new ExportOptions.Range(low, high), null, false, null,
                    false, false), new NullProgressMonitor());
        } finally {
            tracker.close();
        }
        assertEquals(-1, Files.mismatch(expected, target), "the wizard's file is the service's");
    }

    @Test
    void theGathersSelectedInTheNavigatorAreWrittenTraceForTrace() throws Exception {
        Path source = dir.resolve("shots.sgy");
        Path dataset = Imports.survey(source, new SurveyGeometry(6, 20, 200, 2000, 25.0, 12.5, 3),
                dir.resolve("shots.seislens"));
        closeTheWizard();
        IWorkbenchPage page = Ui.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
        SeismicViewerView viewer = (SeismicViewerView) Ui.call(() -> show(page, SeisLensUi.VIEW_VIEWER));
        GatherNavigatorView navigator = (GatherNavigatorView) Ui.call(() -> show(page, SeisLensUi.VIEW_GATHERS));
        try {
            Ui.call(() -> viewer.open(dataset)).join(30_000, null);
            Ui.waitUntil("the navigator lists the shots", () -> navigator.isReady()
                    && "field_record".equals(navigator.key()) && navigator.rowCount() == 6);
            Ui.run(() -> {
                navigator.table().setSelection(new int[] { 1, 3, 4 });
                navigator.table().notifyListeners(SWT.Selection, new Event());
            });
            List<Ensemble> selected = Ui.call(navigator::selectedGathers);
            assertEquals(List.of(1L, 3L, 4L), selected.stream().map(Ensemble::ordinal).toList());
            open(false);
            choose(ContentPage.Scope.SELECTED);
            Path target = dir.resolve("selected.sgy");
            ExportJob job = finish(dataset, target, 0, 0);
            job.join(60_000, null);
            assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());

            Set<Long> values = selected.stream().map(Ensemble::value).collect(Collectors.toSet());
            try (SegyReader in = SegyReader.open(source); SegyReader out = SegyReader.open(target)) {
                List<Long> expected = new ArrayList<>();
                for (long i = 0; i < in.layout().traceCount(); i++) {
                    if (values.contains((long) TraceHeaderField.FIELD_RECORD.get(in.readTrace(i).header(), 0))) {
                        expected.add(i);
                    }
                }
                assertEquals(60, expected.size(), "three shots of 20 channels");
                assertEquals(expected.size(), out.layout().traceCount(), "the written file's traces");
                for (int i = 0; i < expected.size(); i++) {
                    Trace want = in.readTrace(expected.get(i));
                    Trace got = out.readTrace(i);
                    assertEquals(want.header(), got.header(), "trace header " + i);
                    assertArrayEquals(want.toFloats(), got.toFloats(), "samples of trace " + i);
                }
            }
        } finally {
            Ui.run(() -> {
                page.hideView(navigator);
                page.hideView(viewer);
            });
        }
    }

    private static IViewPart show(IWorkbenchPage page, String id) {
        try {
            return page.showView(id);
        } catch (PartInitException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cancellingTheJobLeavesNothing() throws Exception {
        Path dataset = Imports.survey(dir.resolve("big.sgy"), new SurveyGeometry(40, 100, 1000, 2000, 25.0, 12.5, 3),
                dir.resolve("big.seislens"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path target = out.resolve("x.sgy");
        ExportJob job = finish(dataset, target, 1, 2);
        boolean sawTemporary = false;
        long until = System.nanoTime() + 60_000_000_000L;
        while (job.getResult() == null && System.nanoTime() < until) {
            try (var files = Files.list(out)) {
                if (files.findAny().isPresent()) {
                    sawTemporary = true;
                    job.cancel();
                    break;
                }
            }
        }
        job.join(60_000, null);
        assertTrue(sawTemporary, "the job was cancelled while it wrote its temporary file");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().getMessage());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
        assertFalse(Files.exists(target));
    }
}
