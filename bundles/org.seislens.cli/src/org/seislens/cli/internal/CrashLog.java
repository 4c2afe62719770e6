package org.seislens.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes the stack trace of a failure to a log file that outlives the run: {@code ~/.seislens/logs} (or the
 * directory named by the system property {@value #DIRECTORY_PROPERTY}), never the OSGi configuration area,
 * which the launcher script deletes when the process ends.
 */
final class CrashLog {

    /** System property naming the directory of the logs. */
    static final String DIRECTORY_PROPERTY = "seislens.logDir"; //$NON-NLS-1$

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT); //$NON-NLS-1$

    private CrashLog() {
    }

    /** @return the directory the logs go to */
    static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".seislens", "logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param failure what happened
     * @param args the command line that failed
     * @return the log file, or {@code null} when none could be written (the caller's message still says what
     *         happened)
     */
    static @Nullable Path write(Throwable failure, String[] args) {
        String name = "seislens-cli-" + LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid() //$NON-NLS-1$ //$NON-NLS-2$
                + "-"; //$NON-NLS-1$
        Path log;
        try {
            Path dir = Files.createDirectories(directory());
            log = Files.createTempFile(dir, name, ".log"); //$NON-NLS-1$
        } catch (IOException | SecurityException e) {
            try {
                log = Files.createTempFile(name, ".log"); //$NON-NLS-1$
            } catch (IOException | SecurityException e2) {
                return null;
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            w.println("seislens-cli " + String.join(" ", args)); //$NON-NLS-1$ //$NON-NLS-2$
            w.println("java " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) //$NON-NLS-1$ //$NON-NLS-2$
                    + " MB"); //$NON-NLS-1$
            failure.printStackTrace(w);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
