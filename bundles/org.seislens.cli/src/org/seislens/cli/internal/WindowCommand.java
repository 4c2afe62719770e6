package org.seislens.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetService;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli window <dataset> <traceStart> <traceEnd> <sampleStart> <sampleEnd> --npy <file>}:
 * writes one window of a dataset as a float32 NumPy file. End bounds are exclusive.
 */
@Command(name = "window", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Write a window of a dataset (end bounds exclusive) as a float32 NumPy .npy file.") //$NON-NLS-1$
final class WindowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path dataset;

    @Parameters(index = "1", paramLabel = "<traceStart>", description = "first trace, from 0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    long traceStart;

    @Parameters(index = "2", paramLabel = "<traceEnd>", description = "trace after the last one") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    long traceEnd;

    @Parameters(index = "3", paramLabel = "<sampleStart>", description = "first sample, from 0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int sampleStart;

    @Parameters(index = "4", paramLabel = "<sampleEnd>", description = "sample after the last one") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int sampleEnd;

    @Option(names = "--npy", required = true, paramLabel = "<file>", description = "the .npy file to write") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path npy;

    private final Services services;

    WindowCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (traceStart < 0 || traceEnd < traceStart || sampleStart < 0 || sampleEnd < sampleStart) {
            throw new BadInputException(dataset + ": window traces [" + traceStart + ", " + traceEnd + "), samples [" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + sampleStart + ", " + sampleEnd + ") is not ordered or is negative"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        DatasetService service = services.get(DatasetService.class);
        try (Dataset d = service.open(dataset, new ConsoleProgress(spec.commandLine().getErr()))) {
            DatasetDescriptor desc = d.descriptor();
            WindowBounds bounds = new WindowBounds(traceStart, traceEnd, sampleStart, sampleEnd);
            if (!desc.extent().contains(bounds)) {
                throw new BadInputException(dataset + ": window traces [" + traceStart + ", " + traceEnd //$NON-NLS-1$ //$NON-NLS-2$
                        + "), samples [" + sampleStart + ", " + sampleEnd + ") is outside the dataset's " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + desc.traceCount() + " traces x " + desc.sampleCount() + " samples"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            WindowData data = d.window(bounds, new ConsoleProgress(spec.commandLine().getErr()));
            try {
                NpyWriter.writeFloat32(npy, data.samples(), bounds.traceCount(), bounds.sampleCount());
            } catch (IOException e) {
                throw new BadInputException(npy + ": cannot be written: " + e.getMessage()); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }
}
