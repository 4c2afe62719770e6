package org.seislens.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.spectrum.SpectrumView;

/**
 * The Gather QC perspective: navigation on the left, the seismic viewer in the middle, the trace header
 * table below it, and Properties, Progress and the amplitude spectrum at the bottom right. Views that a bundle does not
 * contribute yet keep their place through placeholders, so opening them later lands them where a user of
 * this perspective expects them.
 */
public class GatherQcPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout navigation = layout.createFolder(SeisLensUi.FOLDER_NAVIGATION, IPageLayout.LEFT, 0.22f,
                editorArea);
        navigation.addView(SeisLensUi.VIEW_DATASETS);
        IFolderLayout gathers = layout.createFolder(SeisLensUi.FOLDER_GATHERS, IPageLayout.BOTTOM, 0.30f,
                SeisLensUi.FOLDER_NAVIGATION);
        gathers.addView(SeisLensUi.VIEW_GATHERS);
        gathers.addView(SeisLensUi.VIEW_PROCESSING);

        layout.addView(SeisLensUi.VIEW_VIEWER, IPageLayout.TOP, 0.70f, editorArea);

        IFolderLayout headers = layout.createFolder(SeisLensUi.FOLDER_HEADERS, IPageLayout.BOTTOM, 0.70f,
                editorArea);
        headers.addView(SeisLensUi.VIEW_HEADERS);

        IFolderLayout details = layout.createFolder(SeisLensUi.FOLDER_DETAILS, IPageLayout.RIGHT, 0.60f,
                SeisLensUi.FOLDER_HEADERS);
        details.addView(SeisLensUi.VIEW_PROPERTIES);
        details.addView(SeisLensUi.VIEW_PROGRESS);
        // A tab, not an open view: the spectrum is computed for every gather shown only once it is selected.
        details.addView(SpectrumView.ID);

        layout.addShowViewShortcut(SeisLensUi.VIEW_DATASETS);
        layout.addShowViewShortcut(SeisLensUi.VIEW_VIEWER);
        layout.addShowViewShortcut(SeisLensUi.VIEW_GATHERS);
        layout.addShowViewShortcut(SeisLensUi.VIEW_HEADERS);
        layout.addShowViewShortcut(SeisLensUi.VIEW_PROCESSING);
        layout.addShowViewShortcut(SeisLensUi.VIEW_PROPERTIES);
        layout.addShowViewShortcut(SeisLensUi.VIEW_PROGRESS);
        layout.addShowViewShortcut(SpectrumView.ID);
        layout.addPerspectiveShortcut(SeisLensUi.PERSPECTIVE_GATHER_QC);
    }
}
