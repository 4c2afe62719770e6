package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * What Equinox gets back from the applications: the exit code as an {@link Integer}, never a thrown
 * {@link Error} (which Equinox would log where the launcher deletes it, and exit 0).
 */
class CommandApplicationTest {

    /** The arguments Equinox hands an application, and nothing else of its branding. */
    private record Arguments(String... args) implements IApplicationContext {

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, args);
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            // only for asynchronous applications
        }
    }

    /** An application whose command runs out of heap. */
    static final class OutOfHeap extends CommandApplication {
        @Override
        protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @TempDir
    Path logs;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemErr;

    @BeforeEach
    void captureStderr() {
        systemErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty(CrashLog.DIRECTORY_PROPERTY, logs.toString());
    }

    @AfterEach
    void restore() {
        System.setErr(systemErr);
        System.clearProperty(CrashLog.DIRECTORY_PROPERTY);
    }

    @Test
    void theExitCodeIsTheResult() {
        assertEquals(Integer.valueOf(2), new CliApplication().start(new Arguments("frobnicate")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("frobnicate"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Integer.valueOf(0), new CliApplication().start(new Arguments("--version")));
    }

    @Test
    void anErrorBecomesAnExitCodeInsteadOfReachingEquinox() {
        assertEquals(Integer.valueOf(2), new OutOfHeap().start(new Arguments("window")));
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.contains("did not fit") && line.contains("SEISLENS_VMARGS"), line);
    }
}
