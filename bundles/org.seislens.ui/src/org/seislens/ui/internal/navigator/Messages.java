package org.seislens.ui.internal.navigator;

import org.eclipse.osgi.util.NLS;

/** Strings of the gather navigator. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.navigator.messages"; //$NON-NLS-1$

    public static String Navigator_key;
    public static String Navigator_columnOrdinal;
    public static String Navigator_columnValue;
    public static String Navigator_columnFold;
    public static String Navigator_first;
    public static String Navigator_firstTip;
    public static String Navigator_previous;
    public static String Navigator_previousTip;
    public static String Navigator_next;
    public static String Navigator_nextTip;
    public static String Navigator_last;
    public static String Navigator_lastTip;
    public static String Navigator_jump;
    public static String Navigator_jumpHint;
    public static String Navigator_play;
    public static String Navigator_playTip;
    public static String Navigator_rateTip;
    public static String Navigator_perSecond;
    public static String Navigator_noDataset;
    public static String Navigator_count;
    public static String Navigator_position;
    public static String Navigator_notANumber;
    public static String Navigator_noSuchValue;
    public static String Job_index;
    public static String Job_step;
    public static String Job_prefetch;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
