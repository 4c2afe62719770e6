package org.seislens.cli.internal;

import java.io.PrintWriter;

import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * Entry point of {@code ./seislens-cli}. Parses the arguments with picocli, runs the command on the OSGi
 * services, and returns the process exit code: 0 on success, 2 for bad input (one line on stderr naming
 * the file and the cause), 1 for an internal error (the stack trace in a kept log file named on stderr).
 */
public final class CliApplication extends CommandApplication {

    @Override
    protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
        return new CommandRunner(services, out, err).execute(RootCommand.class, args);
    }
}
