package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ExportOptions;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyExportService;
import org.seislens.core.SegyImportService;
import org.seislens.core.SourceKind;
import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;

/**
 * segyio (Debian's python3-segyio under /usr/bin/python3) reads every kind of export: each written format, both
 * byte orders, a subset, and Seismic Unix; its samples must equal the ones the export holds.
 */
class SegyioReadsExportsTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String SCRIPT = """
            import sys, numpy, segyio
            path, endian, kind, expected, traces, samples = sys.argv[1:7]
            opener = segyio.su.open if kind == 'su' else segyio.open
            with opener(path, ignore_geometry=True, endian=endian) as f:
                got = f.trace.raw[:].astype(numpy.float32)
            want = numpy.fromfile(expected, dtype='<f4').reshape(int(traces), int(samples))
            print(got.shape, want.shape)
            print(got.shape == want.shape and numpy.array_equal(got, want))
            """;

    @TempDir
    static Path dir;
    private static Services services;
    private static SegyExportService exporter;
    private static Path dataset;

    @BeforeAll
    static void survey() throws Exception {
        services = new Services();
        exporter = services.get(SegyExportService.class);
        Path source = dir.resolve("survey.sgy");
        assertTrue(SyntheticSurveyWriter.write(source, new SurveyGeometry(3, 16, 120, 2000, 25.0, 12.5, 9),
                SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN, shots -> true));
        dataset = dir.resolve("survey.seislens");
        services.get(SegyImportService.class).importFile(source, dataset, ImportOptions.defaults(),
                new NullProgressMonitor());
    }

    @AfterAll
    static void release() {
        services.close();
    }

    @Test
    void segyioReadsEveryKindOfExport() throws Exception {
        requireSegyio();
        int n = 0;
        for (SampleFormat format : ExportPlan.WRITABLE) {
            for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
                check(new ExportOptions(format.code(), order, null, null, null, List.of(), null, null, true, null,
                        false), FileKind.SEGY, order, "e" + n++);
            }
        }
        check(new ExportOptions(null, null, null, new ExportOptions.Range(5, 30), null, List.of(), null,
                new ExportOptions.Range(10, 90), false, null, false), FileKind.SEGY, ByteOrder.BIG_ENDIAN, "subset");
        for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
            check(new ExportOptions(null, order, SourceKind.SU, null, null, List.of(), null, null, false, null,
                    false), FileKind.SU, order, "su" + n++);
        }
    }

    private static void check(ExportOptions options, FileKind kind, ByteOrder order, String name) throws Exception {
        Path out = dir.resolve(name + (kind == FileKind.SU ? ".su" : ".sgy"));
        exporter.export(dataset, out, options, new NullProgressMonitor());
        Path expected = dir.resolve(name + ".f32");
        long traces;
        int samples;
        try (SegyReader back = SegyReader.open(out, new OpenOptions(kind, order, null))) {
            traces = back.layout().traceCount();
            samples = back.layout().samplesPerTrace();
            ByteBuffer all = ByteBuffer.allocate((int) traces * samples * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (long t = 0; t < traces; t++) {
                for (float v : back.readTrace(t).toFloats()) {
                    all.putFloat(v);
                }
            }
            Files.write(expected, all.array());
        }
        String[] result = run("-c", SCRIPT, out.toString(), order == ByteOrder.BIG_ENDIAN ? "big" : "little",
                kind == FileKind.SU ? "su" : "segy", expected.toString(), Long.toString(traces),
                Integer.toString(samples));
        assertEquals("0", result[0], name + ": segyio failed:\n" + result[1]);
        String[] lines = result[1].strip().split("\n");
        assertEquals("True", lines[lines.length - 1].strip(), name + ": segyio reads other samples:\n" + result[1]);
    }

    private static void requireSegyio() throws Exception {
        String problem = null;
        if (!Files.isExecutable(PYTHON)) {
            problem = PYTHON + " not found";
        } else {
            String[] result = run("-c", "import segyio, numpy");
            if (!result[0].equals("0")) {
                problem = PYTHON + " cannot import segyio and numpy: " + result[1].strip();
            }
        }
        if (problem != null) {
            String message = problem + " (install python3-segyio, python3-numpy)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; the segyio test must run on CI");
            }
            Assumptions.abort(message + "; segyio test skipped");
        }
    }

    private static String[] run(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = PYTHON.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new String[] { "timeout", output };
        }
        return new String[] { Integer.toString(p.exitValue()), output };
    }
}
