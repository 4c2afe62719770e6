package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs command lines in-process as {@link CliApplication} does: the real command tree, the real services
 * injected from the bundle's OSGi service context, output captured.
 */
final class Cli implements AutoCloseable {

    private final IEclipseContext services = EclipseContextFactory
            .getServiceContext(FrameworkUtil.getBundle(CliApplication.class).getBundleContext());
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * @param args a command line
     * @return its exit code
     */
    int run(String... args) {
        return execute(RootCommand.class, args);
    }

    /**
     * @param root the top command class
     * @param args a command line
     * @return its exit code
     */
    int execute(Class<?> root, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return new CommandRunner(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(root,
                args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    <S> S service(Class<S> type) {
        S service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName());
        }
        return service;
    }

    /** @return a file of the shared SEG-Y corpus; the test is skipped when the corpus is absent */
    static Path corpus(String file) {
        String root = System.getProperty("seislens.testdata", "../shared/testdata");
        Path path = Path.of(root, file);
        Assumptions.assumeTrue(Files.isRegularFile(path), path + " not found: shared test data absent");
        return path;
    }

    @Override
    public void close() {
        services.dispose();
    }
}
