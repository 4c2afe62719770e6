package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * An Equinox application that runs one command line and returns its exit code: the command line's own
 * application and those of the benchmark bundles. Services come from the OSGi service context of the
 * subclass's bundle (e4 injection, no hand-written tracker); no failure, {@link Error}s included, reaches
 * Equinox, which would exit 0 and log it where the launcher deletes it.
 * <p>
 * Started by {@code ./seislens-cli} (system property {@value #EXIT_PROPERTY} set), the application ends the
 * JVM itself once the command has returned and its output is flushed, instead of returning to Equinox, whose
 * stop of every bundle and saving of a configuration area the script deletes anyway took a tenth of a short
 * command's time. Nothing is lost: a command writes its files to temporary siblings, renames and closes them
 * before it returns; the JVM's shutdown hooks (a flight recording, for example) still run.
 */
public abstract class CommandApplication implements IApplication {

    /** The system property that lets the application end the JVM after its command: {@code true}. */
    public static final String EXIT_PROPERTY = "seislens.cli.exit"; //$NON-NLS-1$

    /**
     * Runs a command line.
     *
     * @param services the service context commands are injected from
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    protected abstract int run(IEclipseContext services, String[] args, PrintWriter out, PrintWriter err);

    @Override
    @NonNullByDefault({})
    public final Object start(IApplicationContext context) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        int code = Failures.guard(err, args, () -> {
            context.applicationRunning();
            BundleContext bundle = FrameworkUtil.getBundle(getClass()).getBundleContext();
            IEclipseContext services = EclipseContextFactory.getServiceContext(bundle);
            try {
                return Integer.valueOf(run(services, args, out, err));
            } finally {
                services.dispose();
            }
        });
        out.flush();
        err.flush();
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            System.exit(code);
        }
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands run to completion or are interrupted with the process.
    }
}
