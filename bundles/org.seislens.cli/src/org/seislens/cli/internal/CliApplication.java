package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine;

/**
 * Entry point of {@code ./seislens-cli}. Parses the arguments with picocli, runs the command on the OSGi
 * services, and returns the process exit code: 0 on success, 2 for bad input (one line on stderr naming
 * the file and the cause), 1 for an internal error.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try (Services services = new Services(bundle.getBundleContext())) {
            return Integer.valueOf(run(services, args, out, err));
        }
    }

    /**
     * Runs one command line.
     *
     * @param services where commands find the SeisLens services
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    static int run(Services services, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new RootCommand(), new CommandFactory(services));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new FailureHandler(err));
        line.setParameterExceptionHandler((e, a) -> {
            err.println("seislens-cli: " + e.getMessage()); //$NON-NLS-1$
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run 'seislens-cli " + commandPath(e.getCommandLine()) + " --help' for usage."); //$NON-NLS-1$ //$NON-NLS-2$
            return ExitCodes.BAD_INPUT;
        });
        return line.execute(args);
    }

    private static String commandPath(CommandLine line) {
        String path = line.getCommandSpec().qualifiedName(" "); //$NON-NLS-1$
        return path.startsWith("seislens-cli") ? path.substring("seislens-cli".length()).trim() : path; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void stop() {
        // Commands run to completion or are interrupted with the process.
    }
}
