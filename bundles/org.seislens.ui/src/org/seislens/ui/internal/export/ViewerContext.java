package org.seislens.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.core.ProcessingChain;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.navigator.SelectedGather;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * What the viewer showed and the Gather Navigator selected when the export began, offered as choices of the wizard.
 *
 * @param dataset the dataset shown, or {@code null}
 * @param gather the gather shown, or {@code null}
 * @param shown the window shown (its samples are the time range), or {@code null}
 * @param chain the viewer's processing chain, or {@code null} for none
 * @param selected the gathers selected in the Gather Navigator (all of one key), empty for none
 */
public record ViewerContext(@Nullable Path dataset, @Nullable Ensemble gather, @Nullable WindowBounds shown,
        @Nullable ProcessingChain chain, List<Ensemble> selected) {

    /**
     * Keeps a copy of the selected gathers.
     */
    public ViewerContext {
        selected = List.copyOf(selected);
    }

    /** Nothing shown. */
    public static final ViewerContext NONE = new ViewerContext(null, null, null, null, List.of());

    /**
     * @param window a workbench window, or {@code null}
     * @return what its viewer shows and its navigator selects, or {@link #NONE}
     */
    public static ViewerContext of(@Nullable IWorkbenchWindow window) {
        if (window == null || window.getActivePage() == null) {
            return NONE;
        }
        IViewPart view = window.getActivePage().findView(SeisLensUi.VIEW_VIEWER);
        if (!(view instanceof SeismicViewerView viewer)) {
            return NONE;
        }
        Dataset d = viewer.dataset();
        WindowData w = viewer.displayedWindow();
        ProcessingChain c = viewer.chain();
        Path location = d == null ? null : d.descriptor().location();
        // The navigator publishes its chosen gathers as its workbench selection (null when it is not open).
        List<Ensemble> selected = location == null ? List.of()
                : SelectedGather.gathersOf(window.getSelectionService().getSelection(SeisLensUi.VIEW_GATHERS),
                        location);
        return new ViewerContext(location, viewer.ensemble(), w == null ? null : w.bounds(),
                c == null || c.steps().isEmpty() ? null : c, selected);
    }
}
