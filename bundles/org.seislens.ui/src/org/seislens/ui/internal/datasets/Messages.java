package org.seislens.ui.internal.datasets;

import org.eclipse.osgi.util.NLS;

/**
 * Strings of the Datasets view and its properties.
 */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.seislens.ui.internal.datasets.messages"; //$NON-NLS-1$

    public static String Column_name;
    public static String Column_traces;
    public static String Column_samples;
    public static String Column_interval;
    public static String Column_size;
    public static String Entry_reading;
    public static String Entry_unreadable;
    public static String Action_addFolder;
    public static String Action_addFolderTooltip;
    public static String Action_remove;
    public static String Action_removeTooltip;
    public static String Dialog_addFolderTitle;
    public static String Dialog_addFolderMessage;
    public static String Job_read;
    public static String Job_scan;
    public static String Error_scan;
    public static String Error_noService;
    public static String Error_noSecureStorage;
    public static String Property_name;
    public static String Property_location;
    public static String Property_traces;
    public static String Property_samples;
    public static String Property_interval;
    public static String Property_sampleType;
    public static String Property_ensembleKeys;
    public static String Property_headerColumns;
    public static String Property_sampleBytes;
    public static String Property_sizeOnDisk;
    public static String Property_error;
    public static String Format_interval;
    public static String Format_kib;
    public static String Format_mib;
    public static String Format_gib;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
