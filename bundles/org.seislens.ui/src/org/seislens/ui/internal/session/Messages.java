package org.seislens.ui.internal.session;

import org.eclipse.osgi.util.NLS;

/**
 * Strings of the session package.
 */
@org.eclipse.jdt.annotation.NonNullByDefault({})
@SuppressWarnings("javadoc")
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.seislens.ui.internal.session.messages"; //$NON-NLS-1$

    public static String WarmUp_job;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
