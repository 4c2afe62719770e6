package org.seislens.ui.internal.headers;

import org.eclipse.osgi.util.NLS;

/** Strings of the trace header view. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.headers.messages"; //$NON-NLS-1$

    public static String Headers_title;
    public static String Headers_position;
    public static String Headers_trace;
    public static String Headers_columns;
    public static String Headers_columnsTip;
    public static String Headers_columnsMessage;
    public static String Job_headers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
