package org.seislens.ui;

/**
 * Identifiers of the SeisLens perspective, views and parts, as declared in this bundle's plugin.xml.
 */
public final class SeisLensUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.seislens.ui"; //$NON-NLS-1$

    /** The Gather QC perspective: navigator, viewer, header table, properties and progress. */
    public static final String PERSPECTIVE_GATHER_QC = "org.seislens.ui.perspectives.gatherQc"; //$NON-NLS-1$

    /** Folder on the left that holds the dataset navigator and the gather navigator. */
    public static final String FOLDER_NAVIGATION = "org.seislens.ui.folders.navigation"; //$NON-NLS-1$

    /** Folder below the navigation folder that holds the gather navigator. */
    public static final String FOLDER_GATHERS = "org.seislens.ui.folders.gathers"; //$NON-NLS-1$

    /** Folder below the editor area that holds the trace header table. */
    public static final String FOLDER_HEADERS = "org.seislens.ui.folders.headers"; //$NON-NLS-1$

    /** Folder at the bottom right that holds the Properties and Progress views. */
    public static final String FOLDER_DETAILS = "org.seislens.ui.folders.details"; //$NON-NLS-1$

    /** View id of the seismic viewer (contributed by a later part of this bundle). */
    public static final String VIEW_VIEWER = "org.seislens.ui.views.viewer"; //$NON-NLS-1$

    /** View id of the datasets navigator. */
    public static final String VIEW_DATASETS = "org.seislens.ui.views.datasets"; //$NON-NLS-1$

    /** View id of the gather navigator. */
    public static final String VIEW_GATHERS = "org.seislens.ui.views.gathers"; //$NON-NLS-1$

    /** View id of the Processing view, the chain editor of the viewer. */
    public static final String VIEW_PROCESSING = "org.seislens.ui.views.processing"; //$NON-NLS-1$

    /** View id of the trace header table. */
    public static final String VIEW_HEADERS = "org.seislens.ui.views.headers"; //$NON-NLS-1$

    /** Context of the gather key bindings, active in the viewer and the gather navigator. */
    public static final String CONTEXT_GATHERS = "org.seislens.ui.contexts.gathers"; //$NON-NLS-1$

    /** The platform's Properties view. */
    public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet"; //$NON-NLS-1$

    /** The platform's Progress view. */
    public static final String VIEW_PROGRESS = "org.eclipse.ui.views.ProgressView"; //$NON-NLS-1$

    private SeisLensUi() {
        // constants only
    }
}
