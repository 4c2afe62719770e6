package org.seislens.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.cli.internal.BadInputException;
import org.seislens.cli.internal.ExitCodes;
import org.seislens.cli.internal.Json;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.WindowBounds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli bench open <dataset>}: how long a dataset takes to appear in the viewer. Each run opens
 * the dataset through the dataset service ({@code open_ms}) and reads the first gather of its first indexed key,
 * the ensemble lookup and all its samples ({@code first_gather_ms}), with the dataset's entries in the shared
 * cache invalidated first. One untimed run before the timed ones loads the code; its figures are reported as
 * {@code first_run_open_ms} and {@code first_run_gather_ms} (what the first open after a start costs).
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "open", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Measure opening a dataset and reading the first gather of its first indexed key, cold.") //$NON-NLS-1$
final class BenchOpenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory or s3:// URI") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String dataset;

    @Option(names = "--runs", paramLabel = "N", description = "timed runs (default ${DEFAULT-VALUE}); medians are reported") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int runs = 10;

    @Option(names = "--key", paramLabel = "KEY", description = "the ensemble key (default: the dataset's first)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String key;

    @Option(names = "--json", description = "print one JSON object") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final DatasetService service;
    private final DataCache cache;

    /** The figures of one run. */
    private record Run(double openMs, double gatherMs, DatasetDescriptor descriptor, String cacheId, String key,
            Ensemble gather) {
    }

    @Inject
    BenchOpenCommand(DatasetService service, DataCache cache) {
        this.service = service;
        this.cache = cache;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new BadInputException("--runs must be positive"); //$NON-NLS-1$
        }
        Path location = service.location(dataset);
        Run first = run(location);
        Run[] timed = new Run[runs];
        for (int i = 0; i < runs; i++) {
            cache.invalidateDataset(first.cacheId());
            timed[i] = run(location);
        }
        print(first, timed);
        return ExitCodes.OK;
    }

    /**
     * Opens the dataset, finds its first gather and reads it.
     */
    private Run run(Path location) throws DatasetException, BadInputException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        long t0 = System.nanoTime();
        try (Dataset d = service.open(location, monitor)) {
            long t1 = System.nanoTime();
            DatasetDescriptor desc = d.descriptor();
            String k = key != null ? key : desc.ensembleKeys().isEmpty() ? null : desc.ensembleKeys().get(0);
            if (k == null) {
                throw new BadInputException(dataset + ": has no ensemble index, so it has no first gather"); //$NON-NLS-1$
            }
            if (!desc.hasEnsembleKey(k)) {
                throw new BadInputException(dataset + ": has no ensemble index of " + k + " (it has " //$NON-NLS-1$ //$NON-NLS-2$
                        + String.join(", ", desc.ensembleKeys()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            // The cache may hold this dataset from before (the runtime of a test): the gather is read cold.
            cache.invalidateDataset(d.cacheId());
            long t2 = System.nanoTime();
            Ensemble gather = d.ensembleAt(k, 0, monitor);
            if (gather.isContiguous()) {
                d.window(new WindowBounds(gather.firstTrace(), gather.firstTrace() + gather.traceCount(), 0,
                        desc.sampleCount()), monitor);
            } else {
                d.traces(gather.toTraceIndices(), 0, desc.sampleCount(), monitor);
            }
            long t3 = System.nanoTime();
            return new Run((t1 - t0) / 1e6, (t3 - t2) / 1e6, desc, d.cacheId(), k, gather);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void print(Run first, Run[] timed) {
        PrintWriter out = spec.commandLine().getOut();
        double[] open = Arrays.stream(timed).mapToDouble(Run::openMs).toArray();
        double[] gather = Arrays.stream(timed).mapToDouble(Run::gatherMs).toArray();
        DatasetDescriptor desc = first.descriptor();
        if (json) {
            ObjectNode o = Json.object();
            o.put("dataset", desc.location().toAbsolutePath().toString()); //$NON-NLS-1$
            o.put("traces", desc.traceCount()); //$NON-NLS-1$
            o.put("samples", desc.sampleCount()); //$NON-NLS-1$
            o.put("key", first.key()); //$NON-NLS-1$
            o.put("value", first.gather().value()); //$NON-NLS-1$
            o.put("gather_traces", first.gather().traceCount()); //$NON-NLS-1$
            o.put("runs", timed.length); //$NON-NLS-1$
            o.put("open_ms", median(open)); //$NON-NLS-1$
            o.put("first_gather_ms", median(gather)); //$NON-NLS-1$
            ArrayNode openAll = o.putArray("open_ms_all"); //$NON-NLS-1$
            ArrayNode gatherAll = o.putArray("first_gather_ms_all"); //$NON-NLS-1$
            for (Run r : timed) {
                openAll.add(r.openMs());
                gatherAll.add(r.gatherMs());
            }
            o.put("first_run_open_ms", first.openMs()); //$NON-NLS-1$
            o.put("first_run_gather_ms", first.gatherMs()); //$NON-NLS-1$
            out.println(Json.text(o));
        } else {
            out.println(String.format(Locale.ROOT, "bench open %s: %d traces, first gather %s=%d (%d traces), %d runs", //$NON-NLS-1$
                    desc.location(), desc.traceCount(), first.key(), first.gather().value(),
                    first.gather().traceCount(), timed.length));
            out.println(String.format(Locale.ROOT, "  open:         median %.3f ms (first run %.3f ms)", //$NON-NLS-1$
                    median(open), first.openMs()));
            out.println(String.format(Locale.ROOT, "  first gather: median %.3f ms (first run %.3f ms)", //$NON-NLS-1$
                    median(gather), first.gatherMs()));
        }
    }
}
