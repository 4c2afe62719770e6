package org.seislens.cli.internal;

import picocli.CommandLine.Command;

/**
 * {@code seislens-cli bench}: benchmarks whose figures go into closing notes and README.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.", //$NON-NLS-1$ //$NON-NLS-2$
        subcommands = { BenchImportCommand.class, BenchReadCommand.class })
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
