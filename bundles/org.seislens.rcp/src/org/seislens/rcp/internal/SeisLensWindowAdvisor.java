package org.seislens.rcp.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Shapes the SeisLens window: title, initial size, and the bars a workstation user expects.
 */
public class SeisLensWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The smallest initial size, for screens that report less. */
    static final Point MINIMUM = new Point(1024, 700);

    /** Window title. */
    static final String TITLE = "SeisLens"; //$NON-NLS-1$

    /**
     * @param configurer the window's configurer
     */
    public SeisLensWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new SeisLensActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(initialSize(PlatformUI.getWorkbench().getDisplay()));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle(TITLE);
    }

    /**
     * A first window uses the screen: the primary monitor's work area (panels and docks excluded). A restarted
     * workbench restores the size the user left instead.
     *
     * @param display the workbench's display
     * @return the initial window size
     */
    public static Point initialSize(Display display) {
        Monitor monitor = display.getPrimaryMonitor();
        Rectangle area = monitor == null ? display.getClientArea() : monitor.getClientArea();
        return new Point(Math.max(area.width, MINIMUM.x), Math.max(area.height, MINIMUM.y));
    }
}
