package org.seislens.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.seislens.core.DatasetException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into one line on stderr and an exit code. Bad input (a
 * {@link DatasetException}) never shows a stack trace; an unexpected error writes its stack trace to a log
 * file and names that file.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private final PrintWriter err;

    FailureHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = ex;
        if (cause instanceof DatasetException d) {
            err.println("seislens-cli: " + d.getMessage()); //$NON-NLS-1$
            return ExitCodes.BAD_INPUT;
        }
        if (cause instanceof BadInputException b) {
            err.println("seislens-cli: " + b.getMessage()); //$NON-NLS-1$
            return ExitCodes.BAD_INPUT;
        }
        if (cause instanceof OperationCanceledException) {
            err.println("seislens-cli: cancelled"); //$NON-NLS-1$
            return ExitCodes.INTERNAL;
        }
        String where = ""; //$NON-NLS-1$
        try {
            Path log = Files.createTempFile("seislens-cli-", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log))) {
                ex.printStackTrace(w);
            }
            where = " (details in " + log + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            // The message below still tells what happened.
        }
        err.println("seislens-cli: internal error: " + ex + where); //$NON-NLS-1$
        return ExitCodes.INTERNAL;
    }
}
