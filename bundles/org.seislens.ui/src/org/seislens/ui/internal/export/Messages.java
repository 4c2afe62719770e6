package org.seislens.ui.internal.export;

import org.eclipse.osgi.util.NLS;

/**
 * Strings of the SEG-Y export wizard and Export Gather...
 */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.seislens.ui.internal.export.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Content_title;
    public static String Content_description;
    public static String Content_dataset;
    public static String Content_browse;
    public static String Content_all;
    public static String Content_gather;
    public static String Content_gatherNone;
    public static String Content_selected;
    public static String Content_selectedNone;
    public static String Content_keyRange;
    public static String Content_key;
    public static String Content_from;
    public static String Content_to;
    public static String Content_timeRange;
    public static String Content_timeRangeNone;
    public static String Content_chain;
    public static String Content_chainNone;
    public static String Content_noDataset;
    public static String Content_badRange;
    public static String Target_title;
    public static String Target_description;
    public static String Target_format;
    public static String Target_byteOrder;
    public static String Target_source;
    public static String Target_big;
    public static String Target_little;
    public static String Target_file;
    public static String Target_browse;
    public static String Target_force;
    public static String Target_noFile;
    public static String Target_exists;
    public static String Job_export;
    public static String Job_noService;
    public static String Job_chain;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
