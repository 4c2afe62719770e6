package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.ProcessingService;
import org.seislens.core.SegyImportService;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * The registered services, and a generated survey whose samples and headers the tests know: sines, noise, a
 * spike, a dead trace, varying delay recording times and offsets of both signs.
 */
final class Fixture {

    /** 300 traces: two full chunk rows of 128 and one of 44. */
    static final int TRACES = 300;
    /** 1100 samples: five chunks of 220. */
    static final int SAMPLES = 1100;
    /** 2 ms. */
    static final int DT_US = 2000;

    private Fixture() {
    }

    /**
     * @param <S> the service type
     * @param type the service interface
     * @return the registered service
     * @throws Exception if the bundle cannot start or the service does not appear within 20 s
     */
    static <S> S service(Class<S> type) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(Fixture.class);
        assertNotNull(bundle, "the tests run inside OSGi");
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            bundle.start(Bundle.START_TRANSIENT);
            context = bundle.getBundleContext();
        }
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(20_000);
        assertNotNull(service, "no " + type.getSimpleName() + " is registered");
        return service;
    }

    static DatasetService datasets() throws Exception {
        return service(DatasetService.class);
    }

    static ProcessingService processing() throws Exception {
        return service(ProcessingService.class);
    }

    static DataCache cache() throws Exception {
        return service(DataCache.class);
    }

    /** The known content of the generated survey. */
    record Survey(Path dataset, float[][] samples, int[] delays, int[] offsets) {
    }

    /**
     * Writes the survey as IEEE float SEG-Y and imports it.
     *
     * @param dir a temporary directory
     * @return the dataset and its content
     * @throws Exception if writing or importing fails
     */
    static Survey survey(Path dir) throws Exception {
        return survey(dir, TRACES, SAMPLES);
    }

    /**
     * Writes a survey of another size as IEEE float SEG-Y and imports it.
     *
     * @param dir a temporary directory
     * @param traces traces of the survey
     * @param samples samples per trace, at least 701
     * @return the dataset and its content
     * @throws Exception if writing or importing fails
     */
    static Survey survey(Path dir, int traces, int samples) throws Exception {
        Random random = new Random(12);
        float[][] data = new float[traces][samples];
        int[] delays = new int[traces];
        int[] offsets = new int[traces];
        Path segy = dir.resolve("survey-" + traces + "x" + samples + ".sgy");
        WriterSettings settings = WriterSettings.segy(SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, samples);
        ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        try (SegyWriter writer = SegyWriter.createAtomic(segy, settings)) {
            writer.writeTextualHeader(TextualHeader.encode(" ".repeat(3200), TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(ByteOrder.BIG_ENDIAN, SampleFormat.IEEE_FLOAT32, samples,
                    DT_US));
            for (int t = 0; t < traces; t++) {
                delays[t] = (t % 4) * 50;
                offsets[t] = (t % 2 == 0 ? 1 : -1) * (25 * (t % 60));
                double f1 = 3 + random.nextDouble() * 100;
                double f2 = 20 + random.nextDouble() * 200;
                double scale = Math.pow(10, random.nextInt(5) - 2);
                for (int i = 0; i < samples; i++) {
                    double time = i * DT_US / 1e6;
                    data[t][i] = (float) (scale * (Math.sin(2 * Math.PI * f1 * time)
                            + 0.5 * Math.sin(2 * Math.PI * f2 * time + 1) + 0.3 * random.nextGaussian() + 0.2));
                }
                if (t == 77) {
                    java.util.Arrays.fill(data[t], 0);
                }
                if (t == 130) {
                    java.util.Arrays.fill(data[t], 0, 600, 0);
                    data[t][700] = 1e4f;
                }
                for (int i = 0; i < TraceHeaderField.HEADER_BYTES; i++) {
                    header.put(i, (byte) 0);
                }
                TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 50);
                TraceHeaderField.CDP.set(header, 0, 1 + t % 50);
                TraceHeaderField.TRACE_NUMBER.set(header, 0, 1 + t % 50);
                TraceHeaderField.OFFSET.set(header, 0, offsets[t]);
                TraceHeaderField.DELAY_RECORDING_TIME.set(header, 0, delays[t]);
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, samples);
                TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, DT_US);
                writer.writeTrace(header, data[t], 0);
            }
            writer.commit();
        }
        Path dataset = dir.resolve("survey-" + traces + "x" + samples + ".seislens");
        service(SegyImportService.class).importFile(segy, dataset, ImportOptions.defaults(), new NullProgressMonitor());
        return new Survey(dataset, data, delays, offsets);
    }
}
