package org.seislens.cli.internal;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli demo <dir>}: writes the deterministic synthetic shot survey as SEG-Y, and imports it
 * when asked.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "demo", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Write a deterministic synthetic 2-D shot survey (direct wave, reflections, ground roll, noise) as SEG-Y.") //$NON-NLS-1$
final class DemoCommand implements Callable<Integer> {

    /** File name of the demo SEG-Y in the output directory. */
    static final String SEGY_NAME = "seislens-demo.sgy"; //$NON-NLS-1$
    /** Directory name of the imported demo dataset. */
    static final String DATASET_NAME = "seislens-demo.seislens"; //$NON-NLS-1$

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "output directory (created if missing)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path directory;

    @Option(names = "--shots", description = "shot gathers (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$
    int shots = SurveyGeometry.DEMO.shots();

    @Option(names = "--channels", description = "channels per shot (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$
    int channels = SurveyGeometry.DEMO.channels();

    @Option(names = "--samples", description = "samples per trace (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$
    int samples = SurveyGeometry.DEMO.samples();

    @Option(names = "--interval", paramLabel = "US", description = "sample interval in microseconds (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    int interval = SurveyGeometry.DEMO.sampleIntervalUs();

    @Option(names = "--format", description = "sample format code, 1 (IBM) or 5 (IEEE) (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$
    int format = 5;

    @Option(names = "--endian", paramLabel = "big|little", description = "byte order (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String endian = "big"; //$NON-NLS-1$

    @Option(names = "--seed", description = "noise seed (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$
    long seed = SurveyGeometry.DEMO.seed();

    @Option(names = "--import", description = "also import it into <dir>/" + DATASET_NAME) //$NON-NLS-1$ //$NON-NLS-2$
    boolean importToo;

    private final SegyImportService importer;

    @Inject
    DemoCommand(SegyImportService importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() throws Exception {
        SampleFormat sampleFormat = SampleFormat.fromCode(format);
        if (sampleFormat == null || !sampleFormat.isSupported()) {
            throw new BadInputException("--format " + format + " is not a SEG-Y sample format SeisLens writes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!endian.equals("big") && !endian.equals("little")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new BadInputException("--endian must be big or little, not '" + endian + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SurveyGeometry geometry;
        try {
            geometry = new SurveyGeometry(shots, channels, samples, interval, 25.0, 12.5, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("invalid survey size: " + e.getMessage()); //$NON-NLS-1$
        }
        Files.createDirectories(directory);
        Path segy = directory.resolve(SEGY_NAME);
        long start = System.nanoTime();
        SyntheticSurveyWriter.write(segy, geometry, sampleFormat,
                endian.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, shot -> true); //$NON-NLS-1$
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "Wrote %s: %,d shots x %d channels x %d samples (%,.1f MB) in %.1f s", segy, shots, channels, //$NON-NLS-1$
                samples, Files.size(segy) / 1e6, seconds));
        if (importToo) {
            Path dataset = directory.resolve(DATASET_NAME);
            ImportSummary summary = importer.importFile(segy, dataset,
                    new ImportOptions(null, null, ImportOptions.DEFAULT_KEYS, true),
                    new ConsoleProgress(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "Imported into %s in %.1f s", //$NON-NLS-1$
                    summary.dataset(), summary.seconds()));
        }
        return ExitCodes.OK;
    }
}
