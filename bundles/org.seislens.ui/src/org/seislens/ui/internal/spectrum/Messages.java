package org.seislens.ui.internal.spectrum;

import org.eclipse.osgi.util.NLS;

/** Strings of the Amplitude Spectrum view. */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.spectrum.messages"; //$NON-NLS-1$

    public static String Spectrum_job;
    public static String Spectrum_raw;
    public static String Spectrum_processed;
    public static String Spectrum_corners;
    public static String Spectrum_frequency;
    public static String Spectrum_amplitude;
    public static String Spectrum_none;
    public static String Spectrum_traces;
    public static String Spectrum_picked;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
