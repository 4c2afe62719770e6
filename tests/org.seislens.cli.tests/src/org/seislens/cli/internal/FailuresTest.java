package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetException;

/**
 * Every failure ends in one line and exit code 1 or 2; defects leave their stack trace in a kept log file
 * that the line names.
 */
class FailuresTest {

    private static final Pattern LOG = Pattern.compile("\\(details in (\\S+\\.log)\\)");

    @TempDir
    Path logs;

    private final StringWriter err = new StringWriter();
    private String previous;

    @BeforeEach
    void logIntoTemporaryDirectory() {
        previous = System.getProperty(CrashLog.DIRECTORY_PROPERTY);
        System.setProperty(CrashLog.DIRECTORY_PROPERTY, logs.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(CrashLog.DIRECTORY_PROPERTY);
        } else {
            System.setProperty(CrashLog.DIRECTORY_PROPERTY, previous);
        }
    }

    private int report(Throwable failure) {
        return Failures.report(failure, new PrintWriter(err, true), new String[] { "window", "ds" });
    }

    private String line() {
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("seislens-cli: "), text);
        return text;
    }

    private Path namedLog(String line) throws Exception {
        Matcher m = LOG.matcher(line);
        assertTrue(m.find(), "a log named in " + line);
        Path log = Path.of(m.group(1));
        assertTrue(log.startsWith(logs), log + " in the log directory");
        assertTrue(Files.isRegularFile(log), log + " kept");
        return log;
    }

    @Test
    void aDefectIsExitOneWithItsStackTraceInAKeptLog() throws Exception {
        assertEquals(1, report(new IllegalStateException("broken invariant")));
        String line = line();
        assertTrue(line.contains("internal error") && line.contains("broken invariant"), line);
        String log = Files.readString(namedLog(line));
        assertTrue(log.contains("seislens-cli window ds"), log);
        assertTrue(log.contains("at org.seislens.cli.internal.FailuresTest"), log);
    }

    @Test
    void anErrorIsReportedNotThrown() throws Exception {
        assertEquals(1, report(new InternalError("a fault occurred in an unsafe memory access operation")));
        namedLog(line());
        err.getBuffer().setLength(0);
        assertEquals(1, Failures.guard(new PrintWriter(err, true), new String[0], () -> {
            throw new StackOverflowError();
        }));
        namedLog(line());
    }

    @Test
    void runningOutOfHeapSaysWhatToChange() throws Exception {
        assertEquals(2, report(new OutOfMemoryError("Java heap space")));
        String line = line();
        assertTrue(line.contains("did not fit") && line.contains("SEISLENS_VMARGS=-Xmx"), line);
        assertTrue(line.contains("Java heap space"), line);
        namedLog(line);
    }

    @Test
    void badInputAndIoFailuresAreExitTwoNamingTheFile() {
        assertEquals(2, report(new DatasetException(Path.of("ds/metadata.json"), "not valid JSON")));
        assertEquals("seislens-cli: ds/metadata.json: not valid JSON", line());
        err.getBuffer().setLength(0);
        assertEquals(2, report(new NoSuchFileException("nodir/w.npy")));
        assertEquals("seislens-cli: nodir/w.npy: does not exist", line());
        assertFalse(LOG.matcher(err.toString()).find(), "no log for bad input");
    }

    @Test
    void theLogDirectoryIsNotATemporaryConfigurationArea() {
        System.clearProperty(CrashLog.DIRECTORY_PROPERTY);
        assertEquals(Path.of(System.getProperty("user.home"), ".seislens", "logs"), CrashLog.directory());
    }
}
