package org.seislens.store.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Extracts the native libraries of lz4-java (Zarr chunks) and zstd-jni (Parquet pages) once per user, into
 * {@code $XDG_CACHE_HOME/seislens/native} ({@code ~/.cache/seislens/native}, or the directory the system
 * property {@value #DIRECTORY_PROPERTY} names), instead of once per run into the temporary directory, where a
 * killed run leaves them behind.
 * <p>
 * How each library finds its native code: zstd-jni loads the file the system property {@value #ZSTD_PROPERTY}
 * names, which this class sets; lz4-java first tries {@code System.loadLibrary("lz4-java")}, which searches
 * {@code java.library.path}, fixed when the JVM starts: the {@code seislens-cli} launcher puts this directory
 * on it. Without it, lz4-java falls back to its own extraction. Nothing here fails an import: a directory that
 * cannot be written leaves each library to its default.
 */
public final class NativeLibraries {

    /** System property naming the per-user directory of native libraries. */
    public static final String DIRECTORY_PROPERTY = "seislens.native.dir"; //$NON-NLS-1$
    /** zstd-jni's system property naming the file of its native library. */
    public static final String ZSTD_PROPERTY = "ZstdNativePath"; //$NON-NLS-1$
    /** lz4-java's library name, as {@code System.loadLibrary} looks for it. */
    public static final String LZ4_FILE = "liblz4-java.so"; //$NON-NLS-1$

    private static final String LZ4_BUNDLE = "lz4-java"; //$NON-NLS-1$
    private static final String ZSTD_BUNDLE = "com.github.luben.zstd-jni"; //$NON-NLS-1$

    private NativeLibraries() {
    }

    /** @return the per-user directory of native libraries */
    public static Path directory() {
        String named = System.getProperty(DIRECTORY_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String cache = System.getenv("XDG_CACHE_HOME"); //$NON-NLS-1$
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache"); //$NON-NLS-1$ //$NON-NLS-2$
        return base.resolve("seislens").resolve("native"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Makes sure the libraries of the running framework's lz4-java and zstd-jni bundles are in
     * {@link #directory()}, and points zstd-jni at its file. Cheap when they are there already; does nothing
     * outside OSGi or on systems other than Linux.
     */
    public static void prepare() {
        Bundle self = FrameworkUtil.getBundle(NativeLibraries.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return;
        }
        String arch = System.getProperty("os.arch", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Path dir = directory();
        try {
            Files.createDirectories(dir);
            for (Bundle bundle : context.getBundles()) {
                if (LZ4_BUNDLE.equals(bundle.getSymbolicName())) {
                    URL lz4 = bundle.getEntry("net/jpountz/util/linux/" + arch + "/" + LZ4_FILE); //$NON-NLS-1$ //$NON-NLS-2$
                    if (lz4 != null) {
                        extract(lz4, dir.resolve(LZ4_FILE));
                    }
                } else if (ZSTD_BUNDLE.equals(bundle.getSymbolicName())) {
                    URL zstd = first(bundle.findEntries("linux/" + arch, "libzstd-jni-*.so", false)); //$NON-NLS-1$ //$NON-NLS-2$
                    if (zstd != null) {
                        Path file = dir.resolve(Path.of(zstd.getPath()).getFileName().toString());
                        extract(zstd, file);
                        if (System.getProperty(ZSTD_PROPERTY) == null) {
                            System.setProperty(ZSTD_PROPERTY, file.toString());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The libraries extract themselves as they always do.
        }
    }

    private static @Nullable URL first(@Nullable Enumeration<URL> entries) {
        return entries != null && entries.hasMoreElements() ? entries.nextElement() : null;
    }

    /** Writes the library to {@code file} unless it holds it already, by atomic rename so a reader never sees half. */
    private static void extract(URL entry, Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = entry.openStream()) {
            bytes = in.readAllBytes();
        }
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
