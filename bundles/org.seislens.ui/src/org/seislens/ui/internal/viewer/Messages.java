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
    public static String Viewer_readoutCompare;
    public static String Panel_raw;
    public static String Panel_processed;
    public static String Panel_difference;
    public static String Compare_processed;
    public static String Compare_raw;
    public static String Compare_rawProcessed;
    public static String Compare_all;
    public static String ColourBar_rms;
    public static String ColourBar_wiggle;
    public static String Toolbar_previous;
    public static String Toolbar_previousTip;
    public static String Toolbar_next;
    public static String Toolbar_nextTip;
    public static String Toolbar_mode;
    public static String Toolbar_modeDensity;
    public static String Toolbar_modeWiggle;
    public static String Toolbar_modeWiggleArea;
    public static String Toolbar_colourMap;
    public static String Toolbar_mapGrey;
    public static String Toolbar_mapSeismic;
    public static String Toolbar_mapViridis;
    public static String Toolbar_clip;
    public static String Toolbar_clipTip;
    public static String Toolbar_gain;
    public static String Toolbar_gainTip;
    public static String Toolbar_compare;
    public static String Toolbar_compareTip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
