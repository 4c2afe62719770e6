package org.seislens.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetDescriptor;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.Views;

/**
 * The Datasets view in the running workbench: a folder of two datasets (and one directory that is not a
 * dataset) gives two rows read through the dataset service, the Properties view shows the selected one's
 * trace count, and Remove from List forgets it in the preferences.
 */
class DatasetsViewTest {

    private static final SurveyGeometry A = new SurveyGeometry(3, 10, 50, 2000, 25.0, 12.5, 1);
    private static final SurveyGeometry B = new SurveyGeometry(5, 8, 40, 4000, 25.0, 12.5, 2);

    @TempDir
    static Path dir;
    private static Path folder;
    private static Path a;
    private static Path b;

    private DatasetsView view;
    private IWorkbenchPage page;

    @BeforeAll
    static void importTwoDatasets() throws Exception {
        folder = Files.createDirectory(dir.resolve("survey"));
        Files.createDirectory(folder.resolve("notes"));
        a = Imports.survey(dir.resolve("a.sgy"), A, folder.resolve("a.seislens"));
        b = Imports.survey(dir.resolve("b.sgy"), B, folder.resolve("b.seislens"));
    }

    @BeforeEach
    void showTheView() {
        new KnownDatasets().remove(List.of(a, b));
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        page = Ui.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
        view = Views.show(page, SeisLensUi.VIEW_DATASETS, DatasetsView.class);
    }

    @AfterEach
    void forget() {
        new KnownDatasets().remove(List.of(a, b));
    }

    private List<DatasetEntry> ours() {
        List<DatasetEntry> rows = new ArrayList<>();
        for (DatasetEntry e : view.entries()) {
            if (e.location().startsWith(folder)) {
                rows.add(e);
            }
        }
        return rows;
    }

    private DatasetEntry row(Path location) {
        for (DatasetEntry e : view.entries()) {
            if (e.location().equals(location)) {
                return e;
            }
        }
        throw new AssertionError(location + " is not listed");
    }

    @Test
    void aFolderOfTwoDatasetsGivesTwoRowsWithTheirShape() {
        assertEquals(2, (int) Ui.call(() -> view.addFolder(folder)));
        Ui.waitUntil("both datasets are read", () -> ours().size() == 2 && view.isSettled());
        List<DatasetEntry> rows = Ui.call(this::ours);
        assertEquals(List.of(a, b), List.of(rows.get(0).location(), rows.get(1).location()));
        assertEquals(A.traces(), rows.get(0).descriptor().traceCount());
        assertEquals(A.samples(), rows.get(0).descriptor().sampleCount());
        assertEquals(B.traces(), rows.get(1).descriptor().traceCount());
        assertEquals(4000.0, rows.get(1).descriptor().sampleInterval());
        assertTrue(rows.get(0).sizeOnDisk() > 0, "size on disk");
        List<String> names = List.of(rows.get(0).name(), rows.get(1).name());
        int tableRows = Ui.call(() -> {
            int n = 0;
            for (var item : view.viewer().getTable().getItems()) {
                n += names.contains(item.getText(0)) && item.getText(1).equals(Formats.count(
                        item.getText(0).equals(names.get(0)) ? A.traces() : B.traces())) ? 1 : 0;
            }
            return n;
        });
        assertEquals(2, tableRows, "two table rows with their trace counts");
        assertEquals(0, (int) Ui.call(() -> view.addFolder(folder)), "known datasets are not added twice");
        assertTrue(new KnownDatasets().paths().containsAll(List.of(a, b)), "remembered in the preferences");
    }

    @Test
    void thePropertiesViewShowsTheSelectedDatasetsTraceCount() throws Exception {
        Ui.run(() -> view.addFolder(folder));
        Ui.waitUntil("both datasets are read", () -> ours().size() == 2 && view.isSettled());
        IPropertySource source = Ui.call(() -> row(b).getAdapter(IPropertySource.class));
        assertNotNull(source);
        assertEquals(Formats.count(B.traces()), source.getPropertyValue(Messages.Property_traces));

        PropertySheet sheet = Ui.call(() -> {
            try {
                PropertySheet s = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
                        IWorkbenchPage.VIEW_VISIBLE);
                page.activate(view);
                view.viewer().setSelection(new StructuredSelection(row(b)), true);
                return s;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        String expected = Formats.count(B.traces());
        Ui.waitUntil("the Properties view shows the trace count", () -> {
            Tree tree = Widgets.find(sheet.getCurrentPage().getControl().getParent(), Tree.class, t -> true);
            if (tree == null) {
                return false;
            }
            for (TreeItem item : tree.getItems()) {
                if (item.getText(0).equals(Messages.Property_traces)) {
                    return item.getText(1).equals(expected);
                }
            }
            return false;
        });
    }

    @Test
    void removeFromListForgetsTheSelectedDataset() {
        Ui.run(() -> view.addFolder(folder));
        Ui.waitUntil("both datasets are read", () -> ours().size() == 2 && view.isSettled());
        Ui.run(() -> {
            view.viewer().setSelection(new StructuredSelection(row(a)), true);
            assertTrue(view.removeAction().isEnabled());
            view.removeAction().run();
        });
        Ui.waitUntil("a is no longer listed", () -> ours().size() == 1);
        assertEquals(b, Ui.call(() -> ours().get(0).location()));
        assertFalse(new KnownDatasets().paths().contains(a), "forgotten in the preferences");
        assertTrue(Files.isRegularFile(a.resolve("metadata.json")), "the dataset's files are kept");
    }

    @Test
    void doubleClickAndDropOpenInTheViewer() throws Exception {
        Ui.run(() -> view.addFolder(folder));
        Ui.waitUntil("both datasets are read", () -> ours().size() == 2 && view.isSettled());
        Ui.run(() -> {
            view.viewer().setSelection(new StructuredSelection(row(b)), true);
            Table table = view.viewer().getTable();
            Event event = new Event();
            event.item = table.getSelection()[0];
            table.notifyListeners(SWT.DefaultSelection, event);
        });
        Ui.waitUntil("the viewer shows b", () -> shows(b, B.traces()));

        // A SEG-Y file dropped on the view is imported beside itself by the viewer, then listed.
        Path dropped = dir.resolve("dropped.sgy");
        assertTrue(SyntheticSurveyWriter.write(dropped, A, SampleFormat.IEEE_FLOAT32, ByteOrder.LITTLE_ENDIAN,
                s -> true));
        Path imported = dir.resolve("dropped.seislens");
        try {
            Ui.run(() -> view.dropped(new String[] { dropped.toString() }));
            Ui.waitUntil("the viewer shows the dropped file", () -> shows(imported, A.traces()));
            Ui.waitUntil("the dropped file's dataset is listed", () -> view.entries().stream()
                    .anyMatch(e -> e.location().equals(imported)));
        } finally {
            new KnownDatasets().remove(List.of(imported));
        }
    }

    private boolean shows(Path dataset, long traces) {
        IViewPart part = page.findView(SeisLensUi.VIEW_VIEWER);
        if (!(part instanceof SeismicViewerView viewer) || viewer.dataset() == null) {
            return false;
        }
        DatasetDescriptor d = viewer.dataset().descriptor();
        return d.location().toAbsolutePath().equals(dataset) && d.traceCount() == traces;
    }
}
