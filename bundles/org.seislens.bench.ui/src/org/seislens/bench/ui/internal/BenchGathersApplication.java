package org.seislens.bench.ui.internal;

import java.io.PrintWriter;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.seislens.cli.internal.CommandApplication;

/**
 * The application {@code ./seislens-cli bench gathers} starts: {@link BenchGathers} with its services injected.
 * Its own application because the renderer draws SWT image data, which the command line bundle must not depend
 * on; no display is needed.
 */
public final class BenchGathersApplication extends CommandApplication {

    @Override
    protected int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err) {
        return ContextInjectionFactory.make(BenchGathers.class, services).run(args, out, err);
    }
}
