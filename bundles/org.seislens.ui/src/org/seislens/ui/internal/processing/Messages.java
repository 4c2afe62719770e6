package org.seislens.ui.internal.processing;

import org.eclipse.osgi.util.NLS;

/** Strings of the Processing view. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.processing.messages"; //$NON-NLS-1$

    public static String Processing_add;
    public static String Processing_remove;
    public static String Processing_up;
    public static String Processing_down;
    public static String Processing_undo;
    public static String Processing_redo;
    public static String Processing_load;
    public static String Processing_save;
    public static String Processing_loadTitle;
    public static String Processing_saveTitle;
    public static String Processing_notNumber;
    public static String Error_save;
    public static String Processing_apply;
    public static String Apply_title;
    public static String Apply_job;
    public static String Apply_nothing;
    public static String Apply_notDataset;
    public static String Apply_replace;
    public static String Apply_invalidChain;
    public static String Provenance_label;
    public static String Provenance_edits;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
