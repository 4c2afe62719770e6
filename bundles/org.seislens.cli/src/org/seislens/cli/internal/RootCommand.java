package org.seislens.cli.internal;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;

import picocli.CommandLine.Command;

/**
 * {@code seislens-cli}: the headless SeisLens commands. The benchmarks ({@code seislens-cli bench ...}) are
 * applications of the org.seislens.bench bundles, which the launcher script starts instead of this one.
 */
// picocli sets the spec field by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "seislens-cli", mixinStandardHelpOptions = true, version = "SeisLens 1.0.0", //$NON-NLS-1$ //$NON-NLS-2$
        description = "Headless SeisLens: import SEG-Y into datasets, inspect and verify them, read windows, process, generate demo data.", //$NON-NLS-1$
        footer = { "", "Benchmarks: seislens-cli bench import|read|render|gathers (seislens-cli bench --help)." }, //$NON-NLS-1$ //$NON-NLS-2$
        subcommands = {
                ImportCommand.class,
                ExportCommand.class,
                InfoCommand.class,
                VerifyCommand.class,
                WindowCommand.class,
                CleanupCommand.class,
                DemoCommand.class,
                ProcessCommand.class,
                QcCommand.class,
                EditsCommand.class,
        })
final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
