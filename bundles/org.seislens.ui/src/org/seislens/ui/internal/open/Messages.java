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
    public static String ObjectStore_title;
    public static String ObjectStore_message;
    public static String ObjectStore_checking;
    public static String ObjectStore_endpoint;
    public static String ObjectStore_endpointHint;
    public static String ObjectStore_bucket;
    public static String ObjectStore_bucketHint;
    public static String ObjectStore_prefix;
    public static String ObjectStore_prefixHint;
    public static String ObjectStore_region;
    public static String ObjectStore_profile;
    public static String ObjectStore_accessKey;
    public static String ObjectStore_secretKey;
    public static String ObjectStore_open;
    public static String ObjectStore_errorBucket;
    public static String ObjectStore_errorKeys;
    public static String ObjectStore_errorEndpoint;
    public static String ObjectStore_cancelled;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
