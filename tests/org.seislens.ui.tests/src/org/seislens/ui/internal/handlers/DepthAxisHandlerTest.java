package org.seislens.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.State;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * The Depth Axis toggle command, executed through the handler service, switches the viewer's vertical axis
 * unit; the unit is read from the readout under the pointer.
 */
class DepthAxisHandlerTest {

    private static final Pattern READOUT_UNIT = Pattern.compile("^t = \\S+ (\\S+) "); //$NON-NLS-1$

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, 600, 400);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
    }

    @AfterEach
    void backToTime() {
        if (Boolean.TRUE.equals(Ui.call(() -> toggleState().getValue()))) {
            execute();
        }
    }

    private static State toggleState() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        return commands.getCommand(DepthAxisHandler.COMMAND).getState(RegistryToggleState.STATE_ID);
    }

    private static void execute() {
        Ui.run(() -> {
            IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                    .getService(IHandlerService.class);
            try {
                handlers.executeCommand(DepthAxisHandler.COMMAND, null);
            } catch (Exception e) {
                throw new AssertionError("executing " + DepthAxisHandler.COMMAND, e);
            }
        });
    }

    /** Moves the pointer over the middle of the plot and returns the unit the readout gives the time in. */
    private String readoutUnit() {
        return Ui.call(() -> {
            Rectangle plot = view.plotArea();
            Event move = new Event();
            move.x = plot.x + plot.width / 2;
            move.y = plot.y + plot.height / 2;
            view.canvas().notifyListeners(SWT.MouseMove, move);
            Matcher m = READOUT_UNIT.matcher(view.readoutText());
            assertTrue(m.find(), "readout: " + view.readoutText());
            return m.group(1);
        });
    }

    @Test
    void theCommandTogglesBetweenTimeAndDepth() {
        assertEquals(Boolean.FALSE, Ui.call(() -> toggleState().getValue()), "the viewer starts with time");
        assertEquals("ms", readoutUnit());

        execute();
        assertEquals(Boolean.TRUE, Ui.call(() -> toggleState().getValue()), "the menu shows depth checked");
        assertEquals("m", readoutUnit());

        execute();
        assertEquals(Boolean.FALSE, Ui.call(() -> toggleState().getValue()));
        assertEquals("ms", readoutUnit());
    }

    @Test
    void theViewMenuHasTheToggleAtTheTopOfTheZoomGroup() {
        String found = Ui.call(() -> {
            IMenuManager menu = view.getViewSite().getActionBars().getMenuManager();
            StringBuilder items = new StringBuilder();
            String previous = null;
            for (IContributionItem item : menu.getItems()) {
                items.append(item.getId()).append(' ');
                if ("org.seislens.ui.menus.depthAxis".equals(item.getId())) { // the id given in plugin.xml
                    return "after " + previous;
                }
                previous = item.getId();
            }
            return "not among " + items;
        });
        assertEquals("after zoom", found, "the depth axis command follows the zoom separator");
    }
}
