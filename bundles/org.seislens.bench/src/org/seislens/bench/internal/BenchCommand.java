package org.seislens.bench.internal;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;

import picocli.CommandLine.Command;

/**
 * {@code seislens-cli bench}: benchmarks whose figures go into closing notes and README.
 */
// picocli sets the spec field by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "seislens-cli bench", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Benchmarks. Also: seislens-cli bench render and bench gathers (each with --help).", //$NON-NLS-1$
        subcommands = { BenchImportCommand.class, BenchOpenCommand.class, BenchReadCommand.class })
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
