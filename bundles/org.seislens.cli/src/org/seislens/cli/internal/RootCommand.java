package org.seislens.cli.internal;

import picocli.CommandLine.Command;

/**
 * {@code seislens-cli}: the headless SeisLens commands.
 */
@Command(name = "seislens-cli", mixinStandardHelpOptions = true, version = "SeisLens 1.0.0", //$NON-NLS-1$ //$NON-NLS-2$
        description = "Headless SeisLens: import SEG-Y into datasets, inspect them, read windows, generate demo data, benchmark.", //$NON-NLS-1$
        subcommands = { ImportCommand.class, ExportCommand.class, InfoCommand.class, WindowCommand.class, DemoCommand.class,
                BenchCommand.class })
final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
