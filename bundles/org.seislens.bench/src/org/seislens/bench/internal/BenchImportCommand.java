package org.seislens.bench.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.cli.internal.BadInputException;
import org.seislens.cli.internal.ExitCodes;
import org.seislens.cli.internal.ConsoleProgress;
import org.seislens.cli.internal.HeapPeak;
import org.seislens.cli.internal.Json;
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
 * {@code seislens-cli bench import <segy>}: import throughput and peak heap. Each run imports into a
 * temporary dataset beside the system's temporary directory, deleted afterwards.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "import", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Measure import throughput (MB/s of SEG-Y) and peak heap on a SEG-Y file.") //$NON-NLS-1$
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<segy>", description = "the SEG-Y file to import") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path source;

    @Option(names = "--runs", description = "number of imports (default ${DEFAULT-VALUE}); the median is reported") //$NON-NLS-1$ //$NON-NLS-2$
    int runs = 3;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where the temporary datasets go (default: system temp)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path workDir;

    @Option(names = "--json", description = "print one JSON object") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final SegyImportService importer;

    @Inject
    BenchImportCommand(SegyImportService importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new BadInputException("--runs must be at least 1"); //$NON-NLS-1$
        }
        Path base = Files.createTempDirectory(workDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDir, //$NON-NLS-1$
                "seislens-bench-"); //$NON-NLS-1$
        double[] seconds = new double[runs];
        double peak = 0;
        @Nullable ImportSummary last = null;
        try {
            for (int r = 0; r < runs; r++) {
                Path dataset = base.resolve("run" + r + ".seislens"); //$NON-NLS-1$ //$NON-NLS-2$
                HeapPeak.reset();
                ImportSummary summary = importer.importFile(source, dataset, ImportOptions.defaults(),
                        new ConsoleProgress(spec.commandLine().getErr()));
                peak = Math.max(peak, HeapPeak.megabytes());
                seconds[r] = summary.seconds();
                last = summary;
                deleteTree(dataset);
            }
        } finally {
            deleteTree(base);
        }
        if (last == null) {
            throw new IllegalStateException("no import ran"); //$NON-NLS-1$
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        double mbPerS = last.sourceBytes() / 1e6 / median;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("source", source.toAbsolutePath().toString()); //$NON-NLS-1$
            o.put("source_bytes", last.sourceBytes()); //$NON-NLS-1$
            o.put("traces", last.traces()); //$NON-NLS-1$
            o.put("samples", last.samples()); //$NON-NLS-1$
            o.put("runs", runs); //$NON-NLS-1$
            o.put("seconds", median); //$NON-NLS-1$
            var all = o.putArray("seconds_all"); //$NON-NLS-1$
            Arrays.stream(seconds).forEach(all::add);
            o.put("mb_per_s", mbPerS); //$NON-NLS-1$
            o.put("peak_heap_mb", peak); //$NON-NLS-1$
            o.put("max_heap_mb", HeapPeak.maxMegabytes()); //$NON-NLS-1$
            out.println(Json.text(o));
        } else {
            out.println(String.format(Locale.ROOT,
                    "import %s: %,.0f MB, median of %d runs %.2f s = %.0f MB/s, peak heap %.0f MB of %.0f MB", //$NON-NLS-1$
                    source, last.sourceBytes() / 1e6, runs, median, mbPerS, peak, HeapPeak.maxMegabytes()));
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
