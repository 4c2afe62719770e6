package org.seislens.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;

import org.seislens.core.DatasetService;
import org.seislens.core.ExportOptions;
import org.seislens.core.ExportSummary;
import org.seislens.core.SegyExportService;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seislens-cli export <dataset> <out>}: one streaming pass from a dataset to SEG-Y or Seismic Unix.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "export", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Export a SeisLens dataset, or part of it, as SEG-Y or Seismic Unix. With no options the file "
                + "written is the source file, byte for byte.") //$NON-NLS-1$
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "dataset directory, or s3://bucket/prefix/name.seislens") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

    @Parameters(index = "1", paramLabel = "<out>", description = "SEG-Y or Seismic Unix file to write") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path out;

    @Option(names = "--format", paramLabel = "1|2|3|5|8", description = "sample format: IBM, int32, int16, IEEE, int8 (default: the source's; 5 with --chain)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Integer format;

    @Option(names = "--scale", paramLabel = "auto", description = "auto: scale values to fit an integer format (recorded in the textual header)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String scale;

    @Option(names = "--endian", paramLabel = "big|little", description = "byte order (default: the source's)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String endian;

    @Option(names = "--kind", paramLabel = "segy|su", description = "file kind (default: the source's)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String kind;

    @Option(names = "--traces", paramLabel = "a:b", description = "traces a (inclusive) to b (exclusive)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String traces;

    @Option(names = "--key", paramLabel = "K", description = "indexed header key choosing ensembles with --values or --range") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String key;

    @Option(names = "--values", split = ",", paramLabel = "v1,v2", description = "the key values of the ensembles to write, in order") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    List<Long> values = List.of();

    @Option(names = "--range", paramLabel = "lo:hi", description = "the key values (inclusive) of the ensembles to write") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String range;

    @Option(names = "--samples", paramLabel = "s0:s1", description = "samples s0 (inclusive) to s1 (exclusive); delay and counts follow") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String samples;

    @Option(names = "--chain", paramLabel = "chain.json", description = "processing chain applied to the samples") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path chain;

    @Option(names = "--force", description = "replace an existing file") //$NON-NLS-1$ //$NON-NLS-2$
    boolean force;

    @Option(names = "--drop-killed", description = "leave out traces killed by the dataset's trace edits (otherwise written as zeros with trace identification code 2)") //$NON-NLS-1$ //$NON-NLS-2$
    boolean dropKilled;

    @Option(names = "--json", description = "print one JSON object with the figures") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final SegyExportService exporter;
    private final DatasetService datasets;

    @Inject
    ExportCommand(SegyExportService exporter, DatasetService datasets) {
        this.exporter = exporter;
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        if (scale != null && !scale.equals("auto")) { //$NON-NLS-1$
            throw new BadInputException("--scale must be auto, not '" + scale + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (format != null && !List.of(1, 2, 3, 5, 8).contains(format)) {
            throw new BadInputException("--format must be 1, 2, 3, 5 or 8, not " + format); //$NON-NLS-1$
        }
        ExportOptions options = new ExportOptions(format, OptionWords.byteOrder(endian),
                OptionWords.kind(kind), range("--traces", traces), key, values, //$NON-NLS-1$
                range("--range", range), range("--samples", samples), scale != null, chain, force, //$NON-NLS-1$ //$NON-NLS-2$
                dropKilled);
        HeapPeak.reset();
        ExportSummary summary = exporter.export(datasets.location(dataset), out, options, new ConsoleProgress(spec.commandLine().getErr()));
        double peak = HeapPeak.megabytes();
        if (json) {
            spec.commandLine().getOut().println(Json.text(toJson(summary, peak)));
        } else {
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Exported %,d traces x %d samples from %s to %s (%,d bytes) in %.2f s (%.0f MB/s, peak heap %.0f MB)", //$NON-NLS-1$
                    summary.traces(), summary.samples(), dataset, summary.path(), summary.bytes(), summary.seconds(),
                    summary.megabytesPerSecond(), peak));
        }
        return ExitCodes.OK;
    }

    private static ExportOptions.Range range(String option, String text) throws BadInputException {
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':', 1);
        try {
            if (colon > 0) {
                return new ExportOptions.Range(Long.parseLong(text.substring(0, colon).strip()),
                        Long.parseLong(text.substring(colon + 1).strip()));
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInputException(option + " must be two integers a:b, not '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static ObjectNode toJson(ExportSummary summary, double peakHeapMb) {
        ObjectNode o = Json.object();
        o.put("path", summary.path().toString()); //$NON-NLS-1$
        o.put("traces", summary.traces()); //$NON-NLS-1$
        o.put("samples", summary.samples()); //$NON-NLS-1$
        o.put("bytes", summary.bytes()); //$NON-NLS-1$
        o.put("seconds", summary.seconds()); //$NON-NLS-1$
        o.put("mb_per_s", summary.megabytesPerSecond()); //$NON-NLS-1$
        o.put("peak_heap_mb", peakHeapMb); //$NON-NLS-1$
        o.put("max_heap_mb", HeapPeak.maxMegabytes()); //$NON-NLS-1$
        return o;
    }
}
