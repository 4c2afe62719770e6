package org.seislens.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingService;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli window <dataset> <traceStart> <traceEnd> <sampleStart> <sampleEnd> --npy <file>}:
 * writes one window of a dataset as a float32 NumPy file. End bounds are exclusive. The window is read in
 * blocks of a bounded size and written as they come, so its size is limited by the disk, not by the heap.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "window", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Write a window of a dataset (end bounds exclusive) as a float32 NumPy .npy file.") //$NON-NLS-1$
final class WindowCommand implements Callable<Integer> {

    /** The most bytes of samples read at once: an eighth of the heap, at most 64 MB. */
    static long blockBytes() {
        return Math.max(1L << 16, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory or s3:// URI") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

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

    @Option(names = "--chain", paramLabel = "<chain.json>", //$NON-NLS-1$
            description = "write the window of the dataset processed lazily by this chain (see process)") //$NON-NLS-1$
    @Nullable
    Path chainFile;

    private final DatasetService datasets;
    private final ProcessingService processing;

    @Inject
    WindowCommand(DatasetService datasets, ProcessingService processing) {
        this.datasets = datasets;
        this.processing = processing;
    }

    @Override
    public Integer call() throws Exception {
        if (traceStart < 0 || traceEnd < traceStart || sampleStart < 0 || sampleEnd < sampleStart) {
            throw new BadInputException(dataset + ": window traces [" + traceStart + ", " + traceEnd + "), samples [" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + sampleStart + ", " + sampleEnd + ") is not ordered or is negative"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        checkWritable();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (Dataset raw = datasets.open(datasets.location(dataset), progress);
                Dataset d = ChainedDatasets.open(processing, raw, chainFile)) {
            DatasetDescriptor desc = d.descriptor();
            WindowBounds bounds = new WindowBounds(traceStart, traceEnd, sampleStart, sampleEnd);
            if (!desc.extent().contains(bounds)) {
                throw new BadInputException(dataset + ": window traces [" + traceStart + ", " + traceEnd //$NON-NLS-1$ //$NON-NLS-2$
                        + "), samples [" + sampleStart + ", " + sampleEnd + ") is outside the dataset's " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + desc.traceCount() + " traces x " + desc.sampleCount() + " samples"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try (NpyWriter writer = new NpyWriter(npy, bounds.traceCount(), bounds.sampleCount())) {
                copy(d, bounds, writer, blockBytes(), progress);
                writer.publish();
            } catch (IOException e) {
                throw new BadInputException(npy + ": cannot be written: " + IoMessages.describe(e)); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }

    /** Refuses before reading anything when the .npy file cannot be created where it is asked for. */
    private void checkWritable() throws BadInputException {
        Path parent = npy.toAbsolutePath().getParent();
        if (Files.isDirectory(npy)) {
            throw new BadInputException(npy + ": cannot be written: it is a directory"); //$NON-NLS-1$
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(npy + ": cannot be written: the directory " + parent //$NON-NLS-1$
                    + (parent != null && Files.exists(parent) ? " is not a directory" : " does not exist")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!Files.isWritable(parent)) {
            throw new BadInputException(npy + ": cannot be written: the directory " + parent + " is not writable"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Reads the window in blocks of whole traces of at most {@code blockBytes} (or, when one trace is larger,
     * pieces of one trace) and appends each block's rows to the file, in C order.
     */
    static void copy(Dataset d, WindowBounds bounds, NpyWriter writer, long blockBytes, IProgressMonitor progress)
            throws DatasetException, IOException {
        long budgetFloats = Math.max(1, blockBytes / Float.BYTES);
        int samples = bounds.sampleCount();
        if (bounds.traceCount() == 0 || samples == 0) {
            return;
        }
        if (samples <= budgetFloats) {
            long tracesPerBlock = Math.max(1, budgetFloats / samples);
            long blocks = (bounds.traceCount() + tracesPerBlock - 1) / tracesPerBlock;
            SubMonitor monitor = SubMonitor.convert(progress, "window", (int) Math.min(Integer.MAX_VALUE, blocks)); //$NON-NLS-1$
            for (long t = bounds.traceStart(); t < bounds.traceEnd(); t += tracesPerBlock) {
                long end = Math.min(bounds.traceEnd(), t + tracesPerBlock);
                WindowData block = d.window(new WindowBounds(t, end, bounds.sampleStart(), bounds.sampleEnd()),
                        monitor.split(1));
                writer.write(block.samples(), 0, block.samples().length);
            }
            return;
        }
        int piece = (int) budgetFloats;
        SubMonitor monitor = SubMonitor.convert(progress, "window", (int) Math.min(Integer.MAX_VALUE, //$NON-NLS-1$
                bounds.traceCount() * ((samples + piece - 1L) / piece)));
        for (long t = bounds.traceStart(); t < bounds.traceEnd(); t++) {
            for (int s = bounds.sampleStart(); s < bounds.sampleEnd(); s += piece) {
                int end = (int) Math.min(bounds.sampleEnd(), (long) s + piece);
                WindowData block = d.window(new WindowBounds(t, t + 1, s, end), monitor.split(1));
                writer.write(block.samples(), 0, block.samples().length);
            }
        }
    }
}
