package org.seislens.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.DatasetExistsException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli import <segy> <dataset-dir>}: one streaming pass from SEG-Y to a dataset.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "import", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Import a SEG-Y or Seismic Unix file into a SeisLens dataset directory.") //$NON-NLS-1$
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<segy>", description = "SEG-Y (.sgy, .segy) or Seismic Unix (.su) file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path source;

    @Parameters(index = "1", paramLabel = "<dataset-dir>", description = "dataset directory to create, or s3://bucket/prefix/name.seislens") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

    @Option(names = "--endian", paramLabel = "big|little", description = "byte order of the file (default: detect)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String endian;

    @Option(names = "--format", paramLabel = "N", description = "SEG-Y sample format code overriding the binary header") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Integer format;

    @Option(names = "--keys", split = ",", paramLabel = "k1,k2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            description = "trace header columns to index as ensembles (default: field_record,cdp)") //$NON-NLS-1$
    List<String> keys = ImportOptions.DEFAULT_KEYS;

    @Option(names = "--kind", paramLabel = "segy|su", description = "file kind (default: .su files are Seismic Unix, others SEG-Y)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String kind;

    @Option(names = "--force", description = "replace an existing dataset") //$NON-NLS-1$ //$NON-NLS-2$
    boolean force;

    @Option(names = "--json", description = "print one JSON object with the figures") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final SegyImportService importer;
    private final DatasetService datasets;

    @Inject
    ImportCommand(SegyImportService importer, DatasetService datasets) {
        this.importer = importer;
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        ImportOptions options = new ImportOptions(OptionWords.byteOrder(endian), format, keys,
                force, OptionWords.kind(kind));
        HeapPeak.reset();
        ImportSummary summary;
        try {
            summary = importer.importFile(source, datasets.location(dataset), options, new ConsoleProgress(spec.commandLine().getErr()));
        } catch (DatasetExistsException e) {
            // The store says a dataset is in the way; replacing it is a command line option.
            throw new BadInputException(e.getMessage() + "; use --force to replace it"); //$NON-NLS-1$
        }
        double peak = HeapPeak.megabytes();
        if (json) {
            spec.commandLine().getOut().println(Json.text(toJson(summary, options, peak)));
        } else {
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "Imported %,d traces x %d samples from %s into %s in %.2f s (%.0f MB/s, peak heap %.0f MB)", //$NON-NLS-1$
                    summary.traces(), summary.samples(), source, summary.dataset(), summary.seconds(),
                    summary.megabytesPerSecond(), peak));
            for (int i = 0; i < options.ensembleKeys().size() && i < summary.ensembleCounts().size(); i++) {
                spec.commandLine().getOut().println(String.format(Locale.ROOT, "  %s: %,d ensembles", //$NON-NLS-1$
                        options.ensembleKeys().get(i), summary.ensembleCounts().get(i)));
            }
            for (String anomaly : summary.anomalies()) {
                spec.commandLine().getOut().println("  tolerated: " + anomaly); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(ImportSummary summary, ImportOptions options, double peakHeapMb) {
        ObjectNode o = Json.object();
        o.put("dataset", summary.dataset().toString()); //$NON-NLS-1$
        o.put("traces", summary.traces()); //$NON-NLS-1$
        o.put("samples", summary.samples()); //$NON-NLS-1$
        o.put("source_bytes", summary.sourceBytes()); //$NON-NLS-1$
        o.put("seconds", summary.seconds()); //$NON-NLS-1$
        o.put("mb_per_s", summary.megabytesPerSecond()); //$NON-NLS-1$
        o.put("peak_heap_mb", peakHeapMb); //$NON-NLS-1$
        o.put("max_heap_mb", HeapPeak.maxMegabytes()); //$NON-NLS-1$
        ObjectNode ensembles = o.putObject("ensembles"); //$NON-NLS-1$
        for (int i = 0; i < options.ensembleKeys().size() && i < summary.ensembleCounts().size(); i++) {
            ensembles.put(options.ensembleKeys().get(i), summary.ensembleCounts().get(i));
        }
        var anomalies = o.putArray("anomalies"); //$NON-NLS-1$
        summary.anomalies().forEach(anomalies::add);
        return o;
    }
}
