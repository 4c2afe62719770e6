package org.seislens.ui.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.osgi.util.NLS;

/**
 * Texts of the helpers shared by the views (messages.properties beside this class).
 */
@NonNullByDefault({})
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.messages"; //$NON-NLS-1$

    /** A SeisLens service is not registered. */
    public static String Error_noService;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
