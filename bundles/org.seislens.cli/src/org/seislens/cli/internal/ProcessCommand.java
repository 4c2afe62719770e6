package org.seislens.cli.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.core.DatasetService;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingSummary;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli process <dataset> <out-dataset> --chain <chain.json> [--force] [--json]}: runs a processing
 * chain over a whole dataset on every core and writes the result as a new dataset.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "process", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Process a whole dataset with a chain of operators (JSON) into a new float32 dataset.") //$NON-NLS-1$
final class ProcessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "the dataset directory (or s3:// location) to process") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

    @Parameters(index = "1", paramLabel = "<out-dataset>", description = "the dataset directory (or s3:// location) to create") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String output;

    @Option(names = "--chain", required = true, paramLabel = "<chain.json>", //$NON-NLS-1$ //$NON-NLS-2$
            description = "the processing chain, e.g. {\"steps\":[{\"op\":\"agc\",\"window_ms\":500}]}") //$NON-NLS-1$
    Path chainFile;

    @Option(names = "--force", description = "replace an existing dataset at <out-dataset>") //$NON-NLS-1$ //$NON-NLS-2$
    boolean force;

    @Option(names = "--json", description = "print one JSON object with the figures") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final ProcessingService processing;
    private final DatasetService datasets;

    @Inject
    ProcessCommand(ProcessingService processing, DatasetService datasets) {
        this.processing = processing;
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        ProcessingChain chain = processing.readChain(chainFile);
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try (Dataset source = datasets.open(datasets.location(dataset), progress)) {
            HeapPeak.reset();
            ProcessingSummary summary;
            try {
                summary = processing.process(source, chain, datasets.location(output), force, progress);
            } catch (DatasetExistsException e) {
                // The store says what is in the way; replacing it is a command line option.
                throw new BadInputException(e.getMessage() + "; use --force to replace it"); //$NON-NLS-1$
            } catch (InvalidChainException e) {
                // A chain valid in itself that does not fit this dataset (a corner above its Nyquist).
                throw new DatasetException(chainFile, e.getMessage() + " for " + dataset, e); //$NON-NLS-1$
            }
            double peak = HeapPeak.megabytes();
            if (json) {
                spec.commandLine().getOut().println(Json.text(toJson(summary, peak)));
            } else {
                spec.commandLine().getOut().println(String.format(Locale.ROOT,
                        "Processed %,d traces x %d samples of %s into %s in %.2f s (%.0f MB/s, peak heap %.0f MB)", //$NON-NLS-1$
                        summary.traces(), summary.samples(), dataset, summary.dataset(), summary.seconds(),
                        summary.megabytesPerSecond(), peak));
            }
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(ProcessingSummary summary, double peakHeapMb) {
        ObjectNode o = Json.object();
        o.put("dataset", summary.dataset().toString()); //$NON-NLS-1$
        o.put("traces", summary.traces()); //$NON-NLS-1$
        o.put("samples", summary.samples()); //$NON-NLS-1$
        o.put("seconds", summary.seconds()); //$NON-NLS-1$
        o.put("mb_per_s", summary.megabytesPerSecond()); //$NON-NLS-1$
        o.put("peak_heap_mb", peakHeapMb); //$NON-NLS-1$
        o.put("max_heap_mb", HeapPeak.maxMegabytes()); //$NON-NLS-1$
        return o;
    }
}
