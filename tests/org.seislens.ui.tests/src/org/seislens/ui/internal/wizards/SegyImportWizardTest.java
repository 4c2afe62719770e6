package org.seislens.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.ImportOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TraceCursor;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.datasets.DatasetEntry;
import org.seislens.ui.internal.datasets.DatasetsView;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.open.OpenDatasetJob;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Drives the SEG-Y import wizard in a WizardDialog of the running workbench through its real widgets and
 * buttons: preview of a generated survey, import, the dataset in the Datasets view and the viewer, and a
 * file that cannot be read.
 */
class SegyImportWizardTest {

    /** Four shots of 12 channels: 48 traces of 60 samples. */
    private static final SurveyGeometry SMALL = new SurveyGeometry(4, 12, 60, 4000, 25.0, 12.5, 5);

    @TempDir
    Path dir;

    private SegyImportWizard wizard;
    private WizardDialog dialog;
    private final List<Path> added = new ArrayList<>();

    @BeforeEach
    void openTheWizard() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        Ui.run(() -> {
            wizard = new SegyImportWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
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
        new KnownDatasets().remove(added);
    }

    private Button button(String label) {
        Button b = Ui.call(() -> Widgets.find(dialog.getShell(), Button.class, x -> label.equals(x.getText())));
        assertNotNull(b, "no button " + label);
        return b;
    }

    private static void press(Button button) {
        Ui.run(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    private void chooseSource(Path file) {
        Ui.run(() -> wizard.sourcePage().fileText().setText(file.toString()));
        Ui.waitUntil("the preview of " + file + " is read", wizard::isPreviewSettled);
    }

    @Test
    void previewsImportsAndShowsAGeneratedSurvey() throws Exception {
        Path file = dir.resolve("small.sgy");
        assertTrue(SyntheticSurveyWriter.write(file, SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        DatasetsView datasets = Ui.call(() -> {
            try {
                return (DatasetsView) PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
                        .showView(SeisLensUi.VIEW_DATASETS, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });

        chooseSource(file);
        assertEquals(dir.resolve("small.seislens").toString(), Ui.call(() -> wizard.sourcePage().destinationText()
                .getText()), "the default dataset directory is beside the file");
        assertNull(Ui.call(() -> wizard.previewPage().getErrorMessage()));

        press(button(IDialogConstants.NEXT_LABEL));
        assertSame(wizard.previewPage(), Ui.call(() -> dialog.getCurrentPage()));
        String firstLine;
        List<int[]> expected = new ArrayList<>();
        try (SegyReader reader = SegyReader.open(file)) {
            firstLine = reader.layout().textualHeader().lines().get(0).strip();
            TraceCursor cursor = reader.cursor(0, 20, SegyReader.DEFAULT_BLOCK_BYTES);
            assertTrue(cursor.next());
            for (int t = 0; t < 20; t++) {
                expected.add(new int[] { TraceHeaderField.FIELD_RECORD.get(cursor.header(t)),
                        TraceHeaderField.CDP.get(cursor.header(t)), TraceHeaderField.OFFSET.get(cursor.header(t)) });
            }
        }
        String text = Ui.call(() -> wizard.previewPage().textualText().getText());
        assertTrue(!firstLine.isEmpty() && text.contains(firstLine), "the textual header is shown: " + text);
        assertEquals(40, text.split("\n").length, "40 lines of textual header");
        assertTrue(Ui.call(() -> wizard.previewPage().binaryTable().getItemCount()) > 20, "binary header words");
        Table traces = wizard.previewPage().traceTable();
        assertEquals(20, (int) Ui.call(traces::getItemCount));
        int fieldRecord = column(traces, "field_record");
        int cdp = column(traces, "cdp");
        int offset = column(traces, "offset");
        for (int t = 0; t < 20; t++) {
            int row = t;
            String[] cells = Ui.call(() -> new String[] { traces.getItem(row).getText(0),
                    traces.getItem(row).getText(fieldRecord), traces.getItem(row).getText(cdp),
                    traces.getItem(row).getText(offset) });
            assertEquals(String.valueOf(t), cells[0]);
            assertEquals(String.valueOf(expected.get(t)[0]), cells[1], "field_record of trace " + t);
            assertEquals(String.valueOf(expected.get(t)[1]), cells[2], "cdp of trace " + t);
            assertEquals(String.valueOf(expected.get(t)[2]), cells[3], "offset of trace " + t);
        }

        Path target = dir.resolve("line.seislens");
        added.add(target);
        Ui.run(() -> {
            wizard.sourcePage().destinationText().setText(target.toString());
            wizard.sourcePage().keysViewer().setChecked("cdp", false);
            wizard.sourcePage().keysViewer().setChecked("offset", true);
        });
        Button finish = button(IDialogConstants.FINISH_LABEL);
        assertTrue(Ui.call(finish::isEnabled), "Finish is enabled once the preview is shown");
        press(finish);
        OpenDatasetJob job = wizard.importJob();
        assertNotNull(job, "Finish started the import");
        assertTrue(Ui.call(() -> dialog.getShell() == null || dialog.getShell().isDisposed()), "the wizard closed");
        job.join(60_000, null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        assertTrue(Files.isRegularFile(target.resolve("metadata.json")));
        assertTrue(Files.isRegularFile(target.resolve("ensembles/field_record.parquet")));
        assertTrue(Files.isRegularFile(target.resolve("ensembles/offset.parquet")));
        assertFalse(Files.exists(target.resolve("ensembles/cdp.parquet")), "cdp was unticked");

        assertTrue(new KnownDatasets().paths().contains(target), "the dataset is remembered");
        Ui.waitUntil("the Datasets view lists the dataset", () -> {
            for (DatasetEntry e : datasets.entries()) {
                if (e.location().equals(target) && e.descriptor() != null) {
                    return e.descriptor().traceCount() == SMALL.traces();
                }
            }
            return false;
        });
        SeismicViewerView viewer = Ui.call(() -> (SeismicViewerView) PlatformUI.getWorkbench()
                .getWorkbenchWindows()[0].getActivePage().findView(SeisLensUi.VIEW_VIEWER));
        assertNotNull(viewer, "the viewer is open");
        Ui.waitUntil("the viewer shows the dataset", () -> {
            Dataset shown = viewer.dataset();
            return shown != null && shown.descriptor().location().toAbsolutePath().equals(target);
        });
        assertEquals(SMALL.traces(), (long) Ui.call(() -> viewer.dataset().descriptor().traceCount()));
    }

    private static int column(Table table, String name) {
        return Ui.call(() -> {
            for (int i = 0; i < table.getColumnCount(); i++) {
                if (table.getColumn(i).getText().equals(name)) {
                    return i;
                }
            }
            throw new AssertionError("no column " + name);
        });
    }

    @Test
    void aFileThatIsNotSegyShowsAnErrorAndCannotFinish() throws Exception {
        Path noise = dir.resolve("noise.sgy");
        byte[] bytes = new byte[50_000];
        new Random(3).nextBytes(bytes);
        Files.write(noise, bytes);

        chooseSource(noise);
        press(button(IDialogConstants.NEXT_LABEL));
        assertSame(wizard.previewPage(), Ui.call(() -> dialog.getCurrentPage()));
        String error = Ui.call(() -> wizard.previewPage().getErrorMessage());
        assertNotNull(error, "the preview page shows why");
        assertTrue(error.contains(noise.toString()), "the message names the file: " + error);
        assertFalse(error.contains("Exception") || error.contains("\tat "), "no stack trace: " + error);
        assertEquals(0, (int) Ui.call(() -> wizard.previewPage().traceTable().getItemCount()));

        Button finish = button(IDialogConstants.FINISH_LABEL);
        assertFalse(Ui.call(finish::isEnabled), "Finish is disabled");
        press(finish);
        assertNull(wizard.importJob(), "nothing was imported");
        assertTrue(Ui.call(() -> !dialog.getShell().isDisposed()), "the wizard stays open");
        try (var list = Files.list(dir)) {
            assertEquals(List.of(noise), list.toList(), "nothing was written");
        }
    }

    @Test
    void theWizardIsContributedToFileImportUnderSeisLens() {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard("org.seislens.ui.wizards.importSegy");
        assertNotNull(descriptor, "File > Import lists the wizard");
        assertEquals("SEG-Y into a SeisLens dataset", descriptor.getLabel());
        assertEquals("SeisLens", descriptor.getCategory().getLabel());
    }

    @Test
    void aFailedImportNamesTheFileAndLeavesNothing() throws Exception {
        Path file = dir.resolve("small.sgy");
        assertTrue(SyntheticSurveyWriter.write(file, SMALL, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        // the keys are checked when the import starts: an unknown one fails it before anything is written
        Path target = dir.resolve("line.seislens");
        OpenDatasetJob job = OpenDatasetJob.importInto(file, target,
                new ImportOptions(null, null, List.of("no_such_key"), false), PlatformUI.getWorkbench(), null);
        IStatus result = job.run(new NullProgressMonitor());
        assertEquals(IStatus.ERROR, result.getSeverity());
        assertTrue(result.getMessage().contains("small.sgy") && result.getMessage().contains("no_such_key"),
                result.getMessage());
        assertNull(result.getException(), "no stack trace for the user");
        assertFalse(new KnownDatasets().paths().contains(target));
        try (var list = Files.list(dir)) {
            assertEquals(List.of(file), list.toList(), "nothing was written");
        }
    }
}
