package org.seislens.cli.internal;

import java.io.PrintWriter;

import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * Entry point of {@code ./seislens-cli}. Parses the arguments with picocli, runs the command on the OSGi
 * services, and returns the process exit code: 0 on success, 2 for bad input (one line on stderr naming
 * the file and the cause), 1 for an internal error (the stack trace in a kept log file named on stderr).
 * <p>
 * With the system property {@value #TRAINING_PROPERTY} naming an empty directory (the run of
 * {@code ./seislens-cli} that records the JDK's AOT cache), it first writes and imports a small demo survey
 * there, describes, exports and checks it (qc), so that the classes of those commands are in the cache as well, then runs
 * the given command line; only that command line's exit code is returned.
 */
public final class CliApplication extends CommandApplication {

    /** The system property naming the directory of the AOT cache's training commands. */
    public static final String TRAINING_PROPERTY = "seislens.cli.training"; //$NON-NLS-1$

    @Override
    protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
        String training = System.getProperty(TRAINING_PROPERTY);
        if (training != null && !training.isEmpty()) {
            String dataset = training + "/seislens-demo.seislens"; //$NON-NLS-1$
            String[][] commands = {
                    { "demo", training, "--shots", "2", "--channels", "10", "--samples", "50", "--import" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    { "info", dataset }, //$NON-NLS-1$
                    { "info", dataset, "--json" }, //$NON-NLS-1$ //$NON-NLS-2$
                    { "export", dataset, training + "/out.sgy" }, //$NON-NLS-1$ //$NON-NLS-2$
                    { "qc", dataset } }; //$NON-NLS-1$
            for (String[] command : commands) {
                // Training only: a failure shows in the preparation's log, the command line still runs.
                new CommandRunner(services, out, err).execute(RootCommand.class, command);
            }
        }
        return new CommandRunner(services, out, err).execute(RootCommand.class, args);
    }
}
