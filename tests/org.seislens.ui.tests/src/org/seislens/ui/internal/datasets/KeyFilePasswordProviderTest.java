package org.seislens.ui.internal.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secure storage's master password where no other provider is installed: made once, random, kept beside the
 * storage file where only its owner may read it, and the same at every later start.
 */
class KeyFilePasswordProviderTest {

    @TempDir
    Path dir;

    @Test
    void thePasswordIsMadeOnceAndReadByItsOwnerOnly() throws Exception {
        Path storage = dir.resolve("secure_storage");
        Path key = KeyFilePasswordProvider.keyFile(storage.toUri().toURL());
        assertEquals(dir.resolve("secure_storage.seislens-key"), key);
        String first = KeyFilePasswordProvider.readOrCreate(key);
        assertEquals(32, Base64.getDecoder().decode(first).length, "256 random bits");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(first, KeyFilePasswordProvider.readOrCreate(key), "the same at the next start");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        Path other = dir.resolve("other.seislens-key");
        assertNotEquals(first, KeyFilePasswordProvider.readOrCreate(other), "each storage its own password");
        assertTrue(Files.isRegularFile(other));
    }
}
