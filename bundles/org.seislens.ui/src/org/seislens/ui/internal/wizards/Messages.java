package org.seislens.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/**
 * Strings of the SEG-Y import wizard.
 */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.seislens.ui.internal.wizards.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Source_title;
    public static String Source_description;
    public static String Source_file;
    public static String Source_destination;
    public static String Source_browse;
    public static String Source_browseDestination;
    public static String Source_byteOrder;
    public static String Source_format;
    public static String Source_kind;
    public static String Source_keys;
    public static String Source_force;
    public static String Source_detect;
    public static String Source_big;
    public static String Source_little;
    public static String Source_formatCode;
    public static String Source_kindByName;
    public static String Source_kindSegy;
    public static String Source_kindSu;
    public static String Source_fileDialog;
    public static String Source_destinationDialog;
    public static String Source_noFile;
    public static String Source_fileMissing;
    public static String Source_noDestination;
    public static String Source_destinationExists;
    public static String Source_noKeys;
    public static String Source_previewProblem;
    public static String Preview_title;
    public static String Preview_description;
    public static String Preview_reading;
    public static String Preview_summary;
    public static String Preview_textual;
    public static String Preview_binary;
    public static String Preview_traces;
    public static String Preview_name;
    public static String Preview_value;
    public static String Preview_index;
    public static String Preview_extended;
    public static String Preview_anomalies;
    public static String Job_preview;
    public static String Error_noService;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
