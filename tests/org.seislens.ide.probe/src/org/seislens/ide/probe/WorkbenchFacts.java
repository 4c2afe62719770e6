package org.seislens.ide.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What the workbench offers of SeisLens, found through the platform's registries by id alone, so that it runs
 * the same with and without SeisLens installed: bundles, the Gather QC perspective (opened when found), the
 * views and the import wizard.
 */
final class WorkbenchFacts {

    static final String PERSPECTIVE = "org.seislens.ui.perspectives.gatherQc"; //$NON-NLS-1$
    static final String[] VIEWS = { "org.seislens.ui.views.viewer", "org.seislens.ui.views.datasets", //$NON-NLS-1$ //$NON-NLS-2$
            "org.seislens.ui.views.gathers", "org.seislens.ui.views.headers" }; //$NON-NLS-1$ //$NON-NLS-2$
    static final String IMPORT_WIZARD = "org.seislens.ui.wizards.importSegy"; //$NON-NLS-1$

    private final IWorkbench workbench;
    private final BundleContext context;

    WorkbenchFacts(IWorkbench workbench, BundleContext context) {
        this.workbench = workbench;
        this.context = context;
    }

    void collect(Map<String, Object> result) {
        Bundle[] bundles = context.getBundles();
        List<Object> seislens = new ArrayList<>();
        for (Bundle bundle : bundles) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith("org.seislens.") && bundle != context.getBundle()) { //$NON-NLS-1$
                seislens.add(Map.of("name", name, "state", state(bundle.getState()))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        result.put("bundles", bundles.length); //$NON-NLS-1$
        result.put("seislensBundles", seislens); //$NON-NLS-1$
        workbench.getDisplay().syncExec(() -> {
            result.put("perspective", perspective()); //$NON-NLS-1$
            result.put("views", views()); //$NON-NLS-1$
            result.put("importWizard", Map.of("id", IMPORT_WIZARD, "contributed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    workbench.getImportWizardRegistry().findWizard(IMPORT_WIZARD) != null));
        });
    }

    private Map<String, Object> perspective() {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("id", PERSPECTIVE); //$NON-NLS-1$
        IPerspectiveDescriptor descriptor = workbench.getPerspectiveRegistry().findPerspectiveWithId(PERSPECTIVE);
        found.put("found", descriptor != null); //$NON-NLS-1$
        if (descriptor == null) {
            return found;
        }
        found.put("label", descriptor.getLabel()); //$NON-NLS-1$
        IWorkbenchWindow window = window(workbench);
        try {
            workbench.showPerspective(PERSPECTIVE, window);
        } catch (WorkbenchException e) {
            found.put("error", e.getMessage()); //$NON-NLS-1$
        }
        IWorkbenchPage page = window.getActivePage();
        found.put("opened", page != null && page.getPerspective() != null //$NON-NLS-1$
                && PERSPECTIVE.equals(page.getPerspective().getId()));
        return found;
    }

    private Map<String, Object> views() {
        Map<String, Object> views = new LinkedHashMap<>();
        IWorkbenchPage page = window(workbench).getActivePage();
        for (String id : VIEWS) {
            views.put(id, Map.of("contributed", workbench.getViewRegistry().find(id) != null, //$NON-NLS-1$
                    "shown", page != null && page.findViewReference(id) != null)); //$NON-NLS-1$
        }
        return views;
    }

    /** The active workbench window, or the first one when called off the UI thread's focus. */
    static IWorkbenchWindow window(IWorkbench workbench) {
        IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
        return active != null ? active : workbench.getWorkbenchWindows()[0];
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
            case Bundle.RESOLVED -> "RESOLVED"; //$NON-NLS-1$
            case Bundle.STARTING -> "STARTING"; //$NON-NLS-1$
            case Bundle.INSTALLED -> "INSTALLED"; //$NON-NLS-1$
            default -> String.valueOf(state);
        };
    }
}
