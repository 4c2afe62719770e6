package org.seislens.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seislens.rcp.internal.SeisLensWindowAdvisor;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.spectrum.SpectrumView;

/**
 * Starts the SeisLens application under Xvfb and checks the Gather QC perspective as a user sees it.
 */
class GatherQcPerspectiveTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        return window;
    }

    private static IWorkbenchPage page() {
        IWorkbenchPage page = window().getActivePage();
        assertNotNull(page, "the workbench window has no page");
        return page;
    }

    @BeforeEach
    void openPerspective() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        Ui.run(() -> {
            IWorkbenchPage page = page();
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                    .findPerspectiveWithId(SeisLensUi.PERSPECTIVE_GATHER_QC));
            page.resetPerspective();
        });
    }

    @Test
    void theApplicationOpensOnGatherQc() {
        String initial = Ui.call(() -> PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
        assertEquals(SeisLensUi.PERSPECTIVE_GATHER_QC, initial);
        assertEquals(SeisLensUi.PERSPECTIVE_GATHER_QC, Ui.call(() -> page().getPerspective().getId()));
        assertEquals("Gather QC", Ui.call(() -> page().getPerspective().getLabel()));
    }

    @Test
    void aFirstWindowUsesTheScreen() {
        Rectangle area = Ui.call(() -> PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea());
        Point size = Ui.call(() -> SeisLensWindowAdvisor.initialSize(PlatformUI.getWorkbench().getDisplay()));
        assertEquals(new Point(Math.max(area.width, 1024), Math.max(area.height, 700)), size,
                "initial size on a screen of " + area);
    }

    @Test
    void windowIsTitledSeisLens() {
        String title = Ui.call(() -> window().getShell().getText());
        assertTrue(title.startsWith("SeisLens"), "window title: " + title);
    }

    @Test
    void propertiesAndProgressViewsAreShown() {
        Ui.waitUntil("the Properties and Progress views are created", () -> {
            IWorkbenchPage page = page();
            IViewReference properties = page.findViewReference(SeisLensUi.VIEW_PROPERTIES);
            IViewReference progress = page.findViewReference(SeisLensUi.VIEW_PROGRESS);
            return properties != null && progress != null && properties.getView(true) != null
                    && progress.getView(true) != null;
        });
        for (String id : List.of(SeisLensUi.VIEW_PROPERTIES, SeisLensUi.VIEW_PROGRESS)) {
            IViewPart view = Ui.call(() -> page().findViewReference(id).getView(true));
            // A view whose contribution is missing is replaced by the workbench's error part.
            assertFalse(view.getClass().getName().contains("Error"), id + " failed to open: " + view.getClass());
        }
        assertEquals("Progress", Ui.call(() -> page().findViewReference(SeisLensUi.VIEW_PROGRESS).getPartName()));
        List<String> ids = Ui.call(() -> Arrays.stream(page().getViewReferences()).map(IViewReference::getId).toList());
        assertTrue(ids.contains(SeisLensUi.VIEW_PROPERTIES), "views: " + ids);
        assertTrue(ids.contains(SeisLensUi.VIEW_PROGRESS), "views: " + ids);
    }

    @Test
    void theSpectrumIsATabBesidePropertiesAndProgress() {
        // The tab is there before it is opened ...
        assertNotNull(Ui.call(() -> page().findViewReference(SpectrumView.ID)), "no spectrum tab");
        List<String> shortcuts = Ui.call(() -> Arrays.asList(page().getShowViewShortcuts()));
        assertTrue(shortcuts.contains(SpectrumView.ID), "Show View shortcuts: " + shortcuts);
        // ... and showing the view selects it in the stack of the Properties view, not in a new place.
        List<String> stack = Ui.call(() -> {
            page().findViewReference(SeisLensUi.VIEW_PROPERTIES).getView(true);
            try {
                IViewPart spectrum = page().showView(SpectrumView.ID);
                return Arrays.stream(page().getViewStack(spectrum)).map(v -> v.getViewSite().getId()).toList();
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(SpectrumView.ID, stack.get(0), "the stack's top: " + stack);
        assertTrue(stack.contains(SeisLensUi.VIEW_PROPERTIES), "the spectrum's stack: " + stack);
    }

    @Test
    void theWindowIsPaintedOnScreen() throws Exception {
        Shell shell = Ui.call(() -> window().getShell());
        Ui.waitUntil("the window is visible", () -> shell.isVisible() && shell.getSize().x > 200);
        ImageData pixels = Screenshots.capture(shell);
        assertTrue(Screenshots.distinctColours(pixels) > 8, "the captured window is blank");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "seislens-ui-tests");
        Files.createDirectories(dir);
        Screenshots.savePng(pixels, dir.resolve("gather-qc.png"));
    }
}
