package org.seislens.ui.internal.open;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.osgi.util.NLS;

/**
 * Texts of the open job (messages.properties beside this class).
 */
@NonNullByDefault({})
@SuppressWarnings("javadoc")
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.seislens.ui.internal.open.messages"; //$NON-NLS-1$

    public static String Job_open;
    public static String Job_import;
    public static String Error_notADataset;
    public static String Error_noService;
    public static String Error_openFailed;
    public static String Error_importFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
