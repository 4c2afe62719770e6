package org.seislens.cli.internal;

import java.io.PrintWriter;

import org.eclipse.e4.core.contexts.IEclipseContext;

import picocli.CommandLine;

/**
 * Runs one command line on a picocli command tree whose commands get their services injected from an
 * {@link IEclipseContext}, and returns the exit code. It never throws: every failure, {@link Error}s included,
 * ends as one line on stderr and exit code 1 or 2 ({@link Failures}).
 */
public final class CommandRunner {

    private final IEclipseContext services;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param services where commands' {@code @Inject} constructors find SeisLens services, e.g.
     *            {@code EclipseContextFactory.getServiceContext(bundleContext)}
     * @param out standard output
     * @param err standard error
     */
    public CommandRunner(IEclipseContext services, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    /**
     * @param root the top command class, e.g. {@code RootCommand.class}; its subcommands are created through
     *            the injecting factory as well
     * @param args the arguments
     * @return the exit code
     */
    public int execute(Class<?> root, String... args) {
        return Failures.guard(err, args, () -> {
            InjectingFactory factory = new InjectingFactory(services);
            CommandLine line = new CommandLine(factory.create(root), factory);
            line.setOut(out);
            line.setErr(err);
            line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Failures.report(ex, err, args));
            line.setParameterExceptionHandler((e, a) -> {
                err.println("seislens-cli: " + e.getMessage()); //$NON-NLS-1$
                CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                err.println("Run 'seislens-cli " + commandPath(e.getCommandLine()) + " --help' for usage."); //$NON-NLS-1$ //$NON-NLS-2$
                return ExitCodes.BAD_INPUT;
            });
            return Integer.valueOf(line.execute(args));
        });
    }

    private static String commandPath(CommandLine line) {
        String path = line.getCommandSpec().qualifiedName(" "); //$NON-NLS-1$
        return path.startsWith("seislens-cli") ? path.substring("seislens-cli".length()).trim() : path; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
