package org.seislens.ui.internal;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.seislens.test.support.Ui;

/** Shows workbench views for the UI tests, from the test thread. */
public final class Views {

    private Views() {
    }

    /**
     * Shows a view of a page.
     *
     * @param <T> the view's class
     * @param page the page
     * @param id the view's id
     * @param type the view's class
     * @return the view
     * @throws AssertionError if the view cannot be shown
     */
    public static <T extends IViewPart> T show(IWorkbenchPage page, String id, Class<T> type) {
        return Ui.call(() -> {
            try {
                return type.cast(page.showView(id));
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /**
     * Shows a view beside another (the viewer, say) on its page: both stacks restored, as an earlier test may
     * have maximised one and so minimised the other.
     *
     * @param <T> the view's class
     * @param beside the view already shown
     * @param id the view's id
     * @param type the view's class
     * @return the view
     * @throws AssertionError if the view cannot be shown
     */
    public static <T extends IViewPart> T showBeside(IViewPart beside, String id, Class<T> type) {
        IWorkbenchPage page = Ui.call(() -> beside.getSite().getPage());
        Ui.run(() -> page.setPartState(page.getReference(beside), IWorkbenchPage.STATE_RESTORED));
        T shown = show(page, id, type);
        Ui.run(() -> page.setPartState(page.getReference(shown), IWorkbenchPage.STATE_RESTORED));
        return shown;
    }
}
