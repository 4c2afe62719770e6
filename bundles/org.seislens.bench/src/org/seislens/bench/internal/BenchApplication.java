package org.seislens.bench.internal;

import java.io.PrintWriter;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.seislens.cli.internal.CommandApplication;
import org.seislens.cli.internal.CommandRunner;

/**
 * {@code ./seislens-cli bench import|open|read ...}: the launcher script starts this application with the arguments
 * after {@code bench}. Exit status as the command line's.
 */
public final class BenchApplication extends CommandApplication {

    @Override
    protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
        return new CommandRunner(services, out, err).execute(BenchCommand.class, args);
    }
}
