package org.seislens.rcp.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Window and Help menus of the product. Commands of the SeisLens bundles contribute to these
 * menus through plugin.xml, so the same bundles also work inside the Eclipse IDE.
 */
public class SeisLensActionBarAdvisor extends ActionBarAdvisor {

    /**
     * @param configurer the action bar configurer of the window
     */
    public SeisLensActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] { ActionFactory.QUIT, ActionFactory.PREFERENCES, ActionFactory.RESET_PERSPECTIVE, ActionFactory.IMPORT,
                ActionFactory.EXPORT }) {
            register(factory.create(window));
        }
        // The platform's About dialog shows the description but no versions; this one lists them.
        Action about = new Action("&About SeisLens") { //$NON-NLS-1$
            @Override
            public void run() {
                new AboutDialog(window.getShell(), AboutDialog.runningReport()).open();
            }
        };
        about.setId(ActionFactory.ABOUT.getId());
        about.setActionDefinitionId(IWorkbenchCommandConstants.HELP_ABOUT);
        register(about);
    }

    private IAction action(ActionFactory factory) {
        return getAction(factory.getId());
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE); //$NON-NLS-1$
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(action(ActionFactory.IMPORT));
        file.add(action(ActionFactory.EXPORT));
        file.add(new Separator());
        file.add(action(ActionFactory.QUIT));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW); //$NON-NLS-1$
        MenuManager showView = new MenuManager("Show &View"); //$NON-NLS-1$
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer()
                .getWindow()));
        window.add(showView);
        window.add(action(ActionFactory.RESET_PERSPECTIVE));
        window.add(new Separator());
        window.add(action(ActionFactory.PREFERENCES));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP); //$NON-NLS-1$
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(action(ActionFactory.ABOUT));

        menuBar.add(file);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
