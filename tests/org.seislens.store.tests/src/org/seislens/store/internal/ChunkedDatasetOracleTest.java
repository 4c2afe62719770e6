package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.ByteOrders;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Windows of datasets imported from the shared corpus equal what segyio decoded from the SEG-Y files:
 * the whole extent hashes to the oracle's {@code samples_sha256_f32le}, the first and last samples match,
 * and random windows across chunk borders equal the same samples of the whole extent.
 */
class ChunkedDatasetOracleTest {

    /** Bounds the corpus part used, to keep the suite quick. */
    private static final long MAX_FILE_BYTES = 8L << 20;

    @TempDir
    Path tmp;

    @Test
    void windowsOfImportedCorpusFilesMatchTheOracle() throws Exception {
        String property = System.getProperty("seislens.testdata");
        Path root = property == null ? null : Path.of(property);
        if (root == null || !Files.isRegularFile(root.resolve("oracle.json"))) {
            Assumptions.abort("shared/testdata not found: oracle tests skipped");
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<SegyImportService, SegyImportService> importers = new ServiceTracker<>(context,
                SegyImportService.class, null);
        ServiceTracker<DatasetService, DatasetService> services = new ServiceTracker<>(context, DatasetService.class,
                null);
        importers.open();
        services.open();
        try {
            SegyImportService importer = importers.waitForService(10_000);
            DatasetService service = services.waitForService(10_000);
            assertNotNull(importer);
            assertNotNull(service);
            JsonNode oracle = new ObjectMapper().readTree(root.resolve("oracle.json").toFile());
            int candidates = 0;
            List<String> checked = new ArrayList<>();
            List<String> notImported = new ArrayList<>();
            for (JsonNode f : oracle.path("files")) {
                if (!"read".equals(f.path("expect").asText()) || f.path("size").asLong() > MAX_FILE_BYTES
                        || !f.hasNonNull("samples_sha256_f32le")) {
                    continue;
                }
                candidates++;
                Path source = root.resolve(f.path("path").asText());
                Path dataset = tmp.resolve("d" + candidates + ".seislens");
                String order = f.path("byte_order").asText(null);
                try {
                    importer.importFile(source, dataset, new ImportOptions(order == null ? null : ByteOrders.fromWord(order), null, List.of(), false),
                            new NullProgressMonitor());
                } catch (DatasetException e) {
                    // The importer's own tests judge what it refuses; here only imported data is compared.
                    notImported.add(f.path("path").asText() + ": " + e.getMessage());
                    continue;
                }
                try (Dataset d = service.open(dataset, new NullProgressMonitor())) {
                    check(d, f);
                }
                checked.add(f.path("path").asText());
            }
            assertTrue(checked.size() >= candidates * 0.8 && !checked.isEmpty(),
                    "too few corpus files imported: " + checked.size() + " of " + candidates + "; refused: "
                            + notImported);
        } finally {
            importers.close();
            services.close();
        }
    }

    private static void check(Dataset d, JsonNode f) throws Exception {
        String name = f.path("path").asText();
        long traces = d.descriptor().traceCount();
        int samples = d.descriptor().sampleCount();
        assertEquals(f.path("trace_count").asLong(), traces, name);
        assertEquals(f.path("samples_per_trace").asInt(), samples, name);
        WindowData all = d.window(d.descriptor().extent(), new NullProgressMonitor());
        ByteBuffer bytes = ByteBuffer.allocate(4 * all.samples().length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(all.samples());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        assertEquals(f.path("samples_sha256_f32le").asText(), sha, name + ": samples differ from segyio's");
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 20; i++) {
            long t0 = (long) (random.nextDouble() * traces);
            long t1 = t0 + 1 + (long) (random.nextDouble() * (traces - t0));
            int s0 = random.nextInt(samples);
            int s1 = s0 + 1 + random.nextInt(samples - s0);
            WindowData w = d.window(new WindowBounds(t0, t1, s0, s1), new NullProgressMonitor());
            for (long t = t0; t < t1; t++) {
                for (int s = s0; s < s1; s++) {
                    if (Float.floatToIntBits(w.value(t, s)) != Float.floatToIntBits(all.value(t, s))) {
                        throw new AssertionError(name + ": window " + w.bounds() + " differs at trace " + t
                                + " sample " + s);
                    }
                }
            }
        }
    }
}
