package org.seislens.ui.internal.datasets;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The master password of the secure storage where no other password provider is installed (the product on Linux
 * has neither the platform's prompting provider nor a key ring): a random password made once and kept in a file
 * beside the storage file, readable by its owner only, as the platform's Windows and macOS providers keep a random
 * password in the operating system's store. It keeps secrets out of clear text in preferences, workspaces, logs
 * and copies of them; like {@code ~/.aws/credentials}, it does not protect them from someone who can read the
 * user's files. Contributed with a low priority, so that an IDE's key ring or prompting provider wins.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    private static final String SUFFIX = ".seislens-key"; //$NON-NLS-1$

    @Override
    public @Nullable PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path file = keyFile(container.getLocation());
            return new PBEKeySpec(readOrCreate(file).toCharArray());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            ILog.of(KeyFilePasswordProvider.class).error("The secure storage's key file cannot be used: " //$NON-NLS-1$
                    + e.getMessage());
            return null;
        }
    }

    /**
     * @param storage the secure storage file, or {@code null} for storage kept in memory
     * @return the file that keeps its master password
     * @throws URISyntaxException if the storage is not a local file
     */
    static Path keyFile(@Nullable URL storage) throws URISyntaxException {
        if (storage == null) {
            return Path.of(System.getProperty("user.home"), ".eclipse", "org.seislens.ui", "secure_storage" + SUFFIX); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        Path file = Path.of(storage.toURI());
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /** Reads the password, or makes one; a file written by a concurrent start wins. */
    static String readOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getEncoder().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".seislens-key", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
            }
            Files.writeString(temp, password, StandardCharsets.US_ASCII);
            try {
                // A link, unlike a rename, never replaces a file another start made meanwhile.
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return password;
    }
}
