package org.seislens.ui.internal.viewer;

import org.eclipse.osgi.util.NLS;

/**
 * Strings of the seismic viewer and its commands.
 */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.seislens.ui.internal.viewer.messages"; //$NON-NLS-1$

    public static String Viewer_empty;
    public static String Viewer_title;
    public static String Viewer_readout;
    public static String Viewer_readoutOutside;
    public static String Viewer_cache;
    public static String Viewer_noCache;
    public static String Viewer_loading;
    public static String Viewer_timeAxisMs;
    public static String Viewer_depthAxisM;
    public static String Job_load;
    public static String Job_render;
    public static String Job_ensemble;
    public static String Error_openFailed;
    public static String Dialog_openTitle;
    public static String Dialog_openMessage;
    public static String Dialog_exportTitle;
    public static String Dialog_exportSize;
    public static String Dialog_exportSizeInvalid;
    public static String Dialog_ensembleTitle;
    public static String Dialog_ensembleMessage;
    public static String Dialog_ensembleInvalid;
    public static String Dialog_keysTitle;
    public static String Dialog_keysMessage;
    public static String Dialog_amplitudeTitle;
    public static String Dialog_amplitudeMessage;
    public static String Dialog_amplitudeInvalid;
    public static String Curve_none;
    public static String Job_headers;
    public static String Curve_tooltip;
    public static String Job_exportPng;
    public static String Error_exportFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
