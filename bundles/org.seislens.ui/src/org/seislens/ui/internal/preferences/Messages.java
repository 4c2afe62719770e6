package org.seislens.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Strings of the SeisLens preference page. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.preferences.messages"; //$NON-NLS-1$

    public static String Preferences_description;
    public static String Preferences_cacheMb;
    public static String Preferences_cacheEntries;
    public static String Preferences_prefetch;
    public static String Preferences_mode;
    public static String Preferences_colourMap;
    public static String Preferences_clip;
    public static String Preferences_gain;
    public static String Preferences_range;
    public static String Preferences_decimal;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
