package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts {@link ImportChild} in a JVM of its own, on a plain class path made of the running OSGi framework's
 * bundles (their files or folders, as {@link FileLocator#getBundleFileLocation} finds them), so that a test can
 * kill an import at any moment or run it with a small heap.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @return the class path of every bundle of the running framework
     * @throws BundleException if the bundle under test cannot be started
     */
    static String classPath() throws BundleException {
        Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
        assertNotNull(self, "the tests run inside OSGi");
        if (self.getBundleContext() == null) {
            self.start(Bundle.START_TRANSIENT);
        }
        Set<String> entries = new LinkedHashSet<>();
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            Optional<File> location = FileLocator.getBundleFileLocation(bundle);
            if (location.isEmpty()) {
                continue;
            }
            File file = location.get();
            entries.add(file.getAbsolutePath());
            if (file.isDirectory()) {
                // A bundle built in the reactor: its classes are under its output folder.
                for (String output : List.of("bin", "target/classes")) {
                    File classes = new File(file, output);
                    if (classes.isDirectory()) {
                        entries.add(classes.getAbsolutePath());
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * @param heap the child's -Xmx, e.g. {@code 256m}
     * @param log the file that receives the child's output
     * @param args the import's arguments
     * @return the started child
     * @throws IOException if it cannot be started
     * @throws BundleException if the bundle under test cannot be started
     */
    static Process startImport(String heap, Path log, String... args) throws IOException, BundleException {
        return startImport(List.of("-Xmx" + heap), log, args);
    }

    /**
     * @param options the child's JVM options
     * @param log the file that receives the child's output
     * @param args the import's arguments
     * @return the started child
     * @throws IOException if it cannot be started
     * @throws BundleException if the bundle under test cannot be started
     */
    static Process startImport(List<String> options, Path log, String... args) throws IOException, BundleException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(classPath());
        command.add(ImportChild.class.getName());
        command.addAll(List.of(args));
        Files.deleteIfExists(log);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * @param log a child's output file
     * @return its content, empty if it has none yet
     * @throws IOException if it cannot be read
     */
    static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
