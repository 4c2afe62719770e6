package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetService;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Commands run with their services injected, and nothing they throw, {@link Error}s included, leaves the
 * runner: it becomes an exit code.
 */
class CommandRunnerTest {

    /** Throws what its argument names, from inside picocli's execution. */
    @Command(name = "seislens-cli")
    static final class Throwing implements Callable<Integer> {

        @Parameters(index = "0")
        String what = "";

        @Override
        public Integer call() {
            switch (what) {
            case "oom" -> throw new OutOfMemoryError("Java heap space");
            case "stack" -> throw new StackOverflowError();
            case "npe" -> throw new NullPointerException("no value");
            default -> {
                return Integer.valueOf(0);
            }
            }
        }
    }

    /** A type no bundle registers as a service. */
    interface NotAService {
        void use();
    }

    /** Needs a service nothing registers. */
    @Command(name = "seislens-cli")
    static final class Unsatisfied implements Runnable {

        @Inject
        Unsatisfied(NotAService nothingRegistersThis) {
            nothingRegistersThis.use();
        }

        @Override
        public void run() {
            // never reached
        }
    }

    /** Gets the dataset service injected. */
    @Command(name = "seislens-cli")
    static final class Injected implements Callable<Integer> {

        private final DatasetService datasets;

        @Inject
        Injected(DatasetService datasets) {
            this.datasets = datasets;
        }

        @Override
        public Integer call() {
            return Integer.valueOf(datasets.isDataset(Path.of("/")) ? 1 : 0);
        }
    }

    @TempDir
    Path logs;

    private final Cli cli = new Cli();

    @BeforeEach
    void logIntoTemporaryDirectory() {
        System.setProperty(CrashLog.DIRECTORY_PROPERTY, logs.toString());
    }

    @AfterEach
    void close() {
        System.clearProperty(CrashLog.DIRECTORY_PROPERTY);
        cli.close();
    }

    @Test
    void servicesAreInjected() {
        assertEquals(0, cli.execute(Injected.class), cli.err());
    }

    @Test
    void errorsInsideACommandBecomeExitCodes() {
        assertEquals(0, cli.execute(Throwing.class, "none"));
        assertEquals(2, cli.execute(Throwing.class, "oom"));
        assertTrue(cli.err().contains("SEISLENS_VMARGS"), cli.err());
        assertEquals(1, cli.execute(Throwing.class, "stack"));
        assertTrue(cli.err().contains("StackOverflowError") && cli.err().contains(logs.toString()), cli.err());
        assertEquals(1, cli.execute(Throwing.class, "npe"));
        assertTrue(cli.err().contains("no value"), cli.err());
    }

    @Test
    void aMissingServiceIsAnInternalErrorWithALog() {
        assertEquals(1, cli.execute(Unsatisfied.class));
        String line = cli.err().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("internal error") && line.contains(logs.toString()), line);
    }
}
