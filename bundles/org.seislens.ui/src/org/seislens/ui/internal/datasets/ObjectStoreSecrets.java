package org.seislens.ui.internal.datasets;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ObjectStoreCredentials;

/**
 * The secret keys of object stores, kept encrypted in the Eclipse secure storage (never in the preferences), one
 * per endpoint and access key, so that every dataset opened with the same key shares it. Where the storage's
 * master password comes from is the password providers' business: in the product {@link KeyFilePasswordProvider},
 * in an IDE the platform's own (the operating system's key ring or a password prompt) when present.
 */
public final class ObjectStoreSecrets {

    private static final String NODE = "org.seislens.ui/objectstorage"; //$NON-NLS-1$
    private static final String SECRET = "secretKey"; //$NON-NLS-1$

    private final @Nullable ISecurePreferences root;

    /** The secrets of this user's default secure storage. */
    public ObjectStoreSecrets() {
        this(SecurePreferencesFactory.getDefault());
    }

    /**
     * @param root the secure storage, or {@code null} when none can be opened (nothing is remembered then)
     */
    public ObjectStoreSecrets(@Nullable ISecurePreferences root) {
        this.root = root;
    }

    /**
     * Remembers the secret of credentials that carry an access key and a secret; does nothing otherwise.
     *
     * @param credentials the credentials
     * @throws IOException if the secure storage cannot encrypt or write it (the message says why, never the secret)
     */
    public void remember(ObjectStoreCredentials credentials) throws IOException {
        String secret = credentials.secretKey();
        ISecurePreferences r = root;
        if (secret == null || credentials.accessKey() == null) {
            return;
        }
        if (r == null) {
            throw new IOException(Messages.Error_noSecureStorage);
        }
        try {
            ISecurePreferences node = r.node(NODE).node(name(credentials));
            node.put(SECRET, secret, true);
            node.flush();
        } catch (StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @param settings credentials remembered without their secret
     * @return the same credentials with the secret remembered for their endpoint and access key, or unchanged
     *         when they have no access key or no secret is remembered for it
     */
    public ObjectStoreCredentials complete(ObjectStoreCredentials settings) {
        ISecurePreferences r = root;
        if (settings.accessKey() == null || r == null || !r.nodeExists(NODE + "/" + name(settings))) { //$NON-NLS-1$
            return settings;
        }
        try {
            return settings.withSecret(r.node(NODE).node(name(settings)).get(SECRET, null));
        } catch (StorageException e) {
            return settings;
        }
    }

    /**
     * @param location a remembered dataset location
     * @param service the dataset service
     * @return the path the service reads it at: a local directory as it is, a location in object storage with its
     *         remembered settings and secret (or the AWS environment's when it has none)
     * @throws DatasetException if the service does not take the location or its settings
     */
    public Path path(DatasetLocation location, DatasetService service) throws DatasetException {
        if (!location.isRemote()) {
            return location.localPath();
        }
        ObjectStoreCredentials settings = location.settings();
        String text = location.serviceText();
        return settings == null ? service.location(text) : service.location(text, complete(settings));
    }

    /**
     * Resolves a location as the dataset service names a dataset it opened (a saved hot set's, say): one in object
     * storage that the Datasets view knows is read with the settings and secret remembered for it, anything else
     * as the service takes it (the AWS environment's settings for an unknown one).
     *
     * @param location {@code s3://bucket/key} or a local path, as {@code descriptor().location().toString()} gives it
     * @param known the datasets the view knows
     * @param service the dataset service
     * @return the path the service reads it at
     * @throws DatasetException if the service does not take the location or its settings
     */
    public Path path(String location, KnownDatasets known, DatasetService service) throws DatasetException {
        for (DatasetLocation l : known.locations()) {
            if (l.isRemote() && l.serviceText().equals(location)) {
                return path(l, service);
            }
        }
        return service.location(location);
    }

    /**
     * Forgets the secret of an endpoint and access key.
     *
     * @param settings the credentials whose secret to forget
     */
    public void forget(ObjectStoreCredentials settings) {
        ISecurePreferences r = root;
        if (settings.accessKey() != null && r != null && r.nodeExists(NODE + "/" + name(settings))) { //$NON-NLS-1$
            r.node(NODE).node(name(settings)).removeNode();
            try {
                r.flush();
            } catch (IOException e) {
                // Forgotten in memory; the storage is written again when it next changes.
            }
        }
    }

    /** One node per endpoint and access key; node names may not hold slashes. */
    private static String name(ObjectStoreCredentials settings) {
        URI endpoint = settings.endpoint();
        return EncodingUtils.encodeSlashes((endpoint == null ? "aws" : endpoint.toString()) + " " //$NON-NLS-1$ //$NON-NLS-2$
                + settings.accessKey());
    }
}
