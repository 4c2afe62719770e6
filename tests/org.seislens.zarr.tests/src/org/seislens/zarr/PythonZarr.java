package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Python scripts against zarr-python 2 (Debian's python3-zarr) for the interoperability tests.
 * <p>
 * Without zarr-python the tests are skipped on a developer machine, but fail on CI (environment
 * variable {@code CI=true}), which installs python3-zarr: a missing install step must not pass
 * silently there.
 */
final class PythonZarr {

    /**
     * The system interpreter, which sees Debian's python3-zarr (unlike a pyenv or venv python); the
     * system property {@code seislens.zarr.python} points elsewhere, for example to check the skip.
     */
    static final Path PYTHON = Path.of(System.getProperty("seislens.zarr.python", "/usr/bin/python3"));

    private static final long TIMEOUT_SECONDS = 120;

    private PythonZarr() {
    }

    /** Skips or fails the calling test when /usr/bin/python3 cannot import zarr 2, numcodecs and numpy. */
    static void requireZarrPython() throws IOException, InterruptedException {
        String problem = null;
        if (!Files.isExecutable(PYTHON)) {
            problem = PYTHON + " not found";
        } else {
            Result probe = run(null, "-c",
                    "import zarr, numcodecs, numpy; print(zarr.__version__); assert zarr.__version__.startswith('2.'), 'zarr 2 needed'");
            if (probe.exitCode() != 0) {
                problem = PYTHON + " cannot use zarr-python 2: " + probe.output().strip();
            }
        }
        if (problem == null) {
            return;
        }
        String message = problem + " (install the Debian package python3-zarr); zarr-python interoperability tests";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " must run on CI");
        }
        Assumptions.abort(message + " skipped");
    }

    /** The exit code and the merged standard output and error of a Python run. */
    record Result(int exitCode, String output) {
    }

    /**
     * Runs a script file with arguments and fails the test unless it exits with 0.
     *
     * @return the script's output
     */
    static String runScript(Path workDir, String name, String script, String... args)
            throws IOException, InterruptedException {
        Path file = workDir.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(file.toString());
        command.addAll(List.of(args));
        Result result = run(workDir, command.toArray(String[]::new));
        if (result.exitCode() != 0) {
            fail(name + " exited with " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    private static Result run(@Nullable Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PYTHON.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        // Keep a CI runner's Python settings from redirecting imports to another environment.
        builder.environment().remove("PYTHONPATH");
        builder.environment().remove("PYTHONHOME");
        // Output goes to a file so that a hanging script cannot block the test beyond the timeout.
        Path log = Files.createTempFile("seislens-zarr-python", ".log");
        try {
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
