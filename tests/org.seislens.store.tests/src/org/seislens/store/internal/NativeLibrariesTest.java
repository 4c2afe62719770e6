package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.layout.NativeLibraries;

/**
 * Native libraries extracted once per user (issue 10, finding 4): the store puts lz4-java's and zstd-jni's
 * native code into a per-user directory, rewriting nothing that is there already; a JVM started as the
 * {@code seislens-cli} launcher starts it (that directory on {@code java.library.path}, zstd-jni pointed at its
 * file) and killed in the middle of an import leaves no library in its temporary directory, where one
 * started without does.
 */
class NativeLibrariesTest {

    /** lz4-java's library for this machine, inside its bundle. */
    private static final String LZ4_ENTRY = "net/jpountz/util/linux/" + System.getProperty("os.arch")
            + "/liblz4-java.so";

    private static ServiceTracker<SegyImportService, SegyImportService> tracker;

    @BeforeAll
    static void activateTheStore() throws Exception {
        // The importer's activation points zstd-jni at the per-user directory before this test changes it.
        tracker = RegisteredImporter.track();
    }

    @AfterAll
    static void closeTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void librariesAreExtractedOnceIntoTheNamedDirectory(@TempDir Path dir) throws Exception {
        Path nativeDir = dir.resolve("native");
        String before = System.getProperty(NativeLibraries.DIRECTORY_PROPERTY);
        System.setProperty(NativeLibraries.DIRECTORY_PROPERTY, nativeDir.toString());
        try {
            NativeLibraries.prepare();
            Path lz4 = nativeDir.resolve(NativeLibraries.LZ4_FILE);
            assertArrayEquals(entry("lz4-java", LZ4_ENTRY), Files.readAllBytes(lz4));
            Path zstd = zstdFile(nativeDir);
            assertTrue(Files.size(zstd) > 100_000, zstd.toString());
            FileTime written = FileTime.fromMillis(1_000_000);
            Files.setLastModifiedTime(lz4, written);
            NativeLibraries.prepare();
            assertEquals(written, Files.getLastModifiedTime(lz4), "an extracted library is not written again");
            Files.write(lz4, new byte[] { 1, 2, 3 });
            NativeLibraries.prepare();
            assertArrayEquals(entry("lz4-java", LZ4_ENTRY), Files.readAllBytes(lz4),
                    "a damaged library is replaced");
        } finally {
            if (before == null) {
                System.clearProperty(NativeLibraries.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(NativeLibraries.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    void aKilledRunStartedLikeTheLauncherLeavesNoLibraryInTheTemporaryDirectory(@TempDir Path dir) throws Exception {
        Path nativeDir = dir.resolve("native");
        String before = System.getProperty(NativeLibraries.DIRECTORY_PROPERTY);
        System.setProperty(NativeLibraries.DIRECTORY_PROPERTY, nativeDir.toString());
        try {
            NativeLibraries.prepare();
        } finally {
            if (before == null) {
                System.clearProperty(NativeLibraries.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(NativeLibraries.DIRECTORY_PROPERTY, before);
            }
        }
        SurveyGeometry geometry = new SurveyGeometry(60, 400, 600, 2000, 25.0, 12.5, 3);
        Path source = SegyImporterTest.survey(dir, "line.sgy", geometry, SampleFormat.IEEE_FLOAT32,
                ByteOrder.BIG_ENDIAN);

        Path launcherTemp = Files.createDirectory(dir.resolve("tmp-launcher"));
        killMidImport(dir, source, "a", List.of("-Djava.io.tmpdir=" + launcherTemp,
                "-Djava.library.path=" + nativeDir, "-D" + NativeLibraries.ZSTD_PROPERTY + "=" + zstdFile(nativeDir)));
        assertEquals(List.of(), libraries(launcherTemp), "nothing extracted per run");

        Path plainTemp = Files.createDirectory(dir.resolve("tmp-plain"));
        killMidImport(dir, source, "b", List.of("-Djava.io.tmpdir=" + plainTemp));
        assertFalse(libraries(plainTemp).isEmpty(), "without the launcher's settings lz4-java extracts per run"
                + " (the check above can fail)");
    }

    /** Starts an import and kills it once its first sample chunk is written, so lz4-java is loaded. */
    private static void killMidImport(Path dir, Path source, String name, List<String> options) throws Exception {
        Path parent = Files.createDirectory(dir.resolve("datasets-" + name));
        List<String> all = new ArrayList<>(options);
        all.add("-Xmx256m");
        Path log = dir.resolve("child-" + name + ".log");
        Process child = ChildJvm.startImport(all, log, source.toString(), parent.resolve("line").toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!chunkWritten(parent)) {
            assertTrue(child.isAlive(), "the import ended before it was killed:\n" + ChildJvm.output(log));
            assertTrue(System.nanoTime() < deadline, "no chunk written within 2 minutes");
            Thread.sleep(5);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(1, TimeUnit.MINUTES));
    }

    private static boolean chunkWritten(Path parent) throws Exception {
        try (var files = Files.walk(parent)) {
            return files.anyMatch(p -> p.getParent() != null && p.getParent().endsWith("samples.zarr")
                    && p.getFileName().toString().matches("\\d+\\.\\d+"));
        } catch (java.io.UncheckedIOException e) {
            return false; // a directory vanished while walking
        }
    }

    private static List<Path> libraries(Path temp) throws Exception {
        try (var files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().matches("lib(lz4|zstd).*")).toList();
        }
    }

    private static Path zstdFile(Path nativeDir) throws Exception {
        try (var files = Files.list(nativeDir)) {
            return files.filter(p -> p.getFileName().toString().matches("libzstd-jni-.*\\.so")).findFirst()
                    .orElseThrow();
        }
    }

    private static byte[] entry(String symbolicName, String path) throws Exception {
        Bundle self = org.osgi.framework.FrameworkUtil.getBundle(NativeLibrariesTest.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                try (InputStream in = bundle.getEntry(path).openStream()) {
                    return in.readAllBytes();
                }
            }
        }
        assertNotNull(null, symbolicName + " is not installed");
        return new byte[0];
    }
}
