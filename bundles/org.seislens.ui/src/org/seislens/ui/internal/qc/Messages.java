package org.seislens.ui.internal.qc;

import org.eclipse.osgi.util.NLS;

/** Strings of the Gather QC views, jobs and operations. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.qc.messages"; //$NON-NLS-1$

    public static String Job_load;
    public static String Job_write;
    public static String Job_runQc;
    public static String Job_goTo;
    public static String Job_goToGather;
    public static String Job_map;
    public static String Error_notRead;
    public static String Edit_kill;
    public static String Edit_reverse;
    public static String Edit_clear;
    public static String Edit_label;
    public static String Edits_trace;
    public static String Edits_action;
    public static String Edits_reason;
    public static String Edits_flags;
    public static String Edits_status;
    public static String Edits_noQc;
    public static String Map_sources;
    public static String Map_receivers;
    public static String Map_reading;
    public static String Map_status;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
