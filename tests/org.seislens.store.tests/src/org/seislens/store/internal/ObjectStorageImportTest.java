package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.storage.S3Client;
import org.seislens.store.internal.storage.S3Listing;
import org.seislens.store.internal.storage.Storage;
import org.seislens.store.internal.storage.WriteMarker;
import org.seislens.test.support.S3ProxyServer;

/**
 * Imports into object storage (s3proxy on loopback, signed requests): the dataset read back equals the same
 * import on disk and nothing of the write is left (marker, staging directory); {@code force} replaces only a
 * dataset; an import killed while it uploads leaves nothing a reader opens, and a cleanup removes its objects.
 */
class ObjectStorageImportTest {

    /** 12 shots x 250 channels = 3 000 traces of 700 samples (8.4 MB of IEEE floats). */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(12, 250, 700, 2000, 25.0, 12.5, 5);
    private static final String BUCKET = "seislens-imports";

    @TempDir
    static Path tmp;

    private static S3ProxyServer server;
    private static ServiceTracker<DatasetService, DatasetService> services;
    private static ServiceTracker<SegyImportService, SegyImportService> importers;
    private static DatasetService service;
    private static SegyImportService importer;
    private static Path source;
    private static Path staging;
    private static S3Client client;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start(tmp);
        importers = RegisteredImporter.track();
        importer = importers.getService();
        BundleContext context = FrameworkUtil.getBundle(ObjectStorageImportTest.class).getBundleContext();
        services = new ServiceTracker<>(context, DatasetService.class, null);
        services.open();
        service = services.waitForService(10_000);
        assertNotNull(service);
        source = SegyImporterTest.survey(tmp, "line.sgy", GEOMETRY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN);
        staging = Files.createDirectory(tmp.resolve("staging"));
        for (String[] p : properties()) {
            System.setProperty(p[0], p[1]);
        }
        client = Storage.client(service.location("s3://" + BUCKET + "/x"));
        client.createBucket(BUCKET);
    }

    private static List<String[]> properties() {
        return List.of(new String[] { "aws.accessKeyId", S3ProxyServer.ACCESS_KEY },
                new String[] { "aws.secretAccessKey", S3ProxyServer.SECRET_KEY },
                new String[] { "aws.region", "us-east-1" }, new String[] { "aws.endpointUrl", server.endpoint() },
                new String[] { "seislens.staging", staging.toString() });
    }

    @AfterAll
    static void stopServer() throws Exception {
        properties().forEach(p -> System.clearProperty(p[0]));
        services.close();
        importers.close();
        server.close();
    }

    private static List<String> keys(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        S3Listing.of(client, BUCKET, prefix, null).objects().forEach(e -> keys.add(e.key()));
        return keys;
    }

    @Test
    void anImportIntoObjectStorageReadsLikeTheSameImportOnDisk() throws Exception {
        Path local = tmp.resolve("line.seislens");
        importer.importFile(source, local, ImportOptions.defaults(), new NullProgressMonitor());
        Path remote = service.location("s3://" + BUCKET + "/read/line.seislens");
        importer.importFile(source, remote, ImportOptions.defaults(), new NullProgressMonitor());

        List<String> stored = keys("read/line.seislens/");
        assertTrue(stored.contains("read/line.seislens/metadata.json"), stored.toString());
        assertTrue(stored.contains("read/line.seislens/samples.zarr/.zarray"), stored.toString());
        assertFalse(stored.contains("read/line.seislens/" + WriteMarker.NAME), "the writer's marker is deleted");
        List<String> localFiles;
        try (var walk = Files.walk(local)) {
            localFiles = walk.filter(Files::isRegularFile).map(f -> "read/line.seislens/" + local.relativize(f))
                    .sorted().toList();
        }
        assertEquals(localFiles, stored.stream().sorted().toList(), "the same files, nothing more");
        assertEquals(List.of(), Files.list(staging).toList(), "the staging directory is removed");

        try (Dataset d = service.open(remote, new NullProgressMonitor());
                Dataset l = service.open(local, new NullProgressMonitor())) {
            WindowBounds all = new WindowBounds(0, GEOMETRY.traces(), 0, GEOMETRY.samples());
            assertArrayEquals(l.window(all, new NullProgressMonitor()).samples(),
                    d.window(all, new NullProgressMonitor()).samples());
            long[] gather = l.ensembleAt("field_record", 7, new NullProgressMonitor()).toTraceIndices();
            assertArrayEquals(gather, d.ensembleAt("field_record", 7, new NullProgressMonitor()).toTraceIndices());
        }
    }

    @Test
    void forceReplacesADatasetButNeverOtherObjects() throws Exception {
        Path remote = service.location("s3://" + BUCKET + "/force/line.seislens");
        importer.importFile(source, remote, ImportOptions.defaults(), new NullProgressMonitor());
        DatasetExistsException exists = assertThrows(DatasetExistsException.class,
                () -> importer.importFile(source, remote, ImportOptions.defaults(), new NullProgressMonitor()));
        assertEquals(remote + ": a dataset already exists here; it is not replaced", exists.getMessage());
        // A stray object of the old dataset that the new one does not have goes with it.
        client.put(BUCKET, "force/line.seislens/samples.zarr/99.0", new byte[] { 1 });
        importer.importFile(source, remote, ImportOptions.defaults().withForce(true), new NullProgressMonitor());
        assertFalse(keys("force/line.seislens/").contains("force/line.seislens/samples.zarr/99.0"));
        try (Dataset d = service.open(remote, new NullProgressMonitor())) {
            assertEquals(GEOMETRY.traces(), d.descriptor().traceCount());
        }

        client.put(BUCKET, "force/notes.seislens/readme.txt", "not a dataset".getBytes());
        Path notes = service.location("s3://" + BUCKET + "/force/notes.seislens");
        DatasetException e = assertThrows(DatasetException.class, () -> importer.importFile(source, notes,
                ImportOptions.defaults().withForce(true), new NullProgressMonitor()));
        assertEquals(notes + ": holds objects that are not a SeisLens dataset (no metadata.json); they are never"
                + " replaced", e.getMessage());
        assertEquals(List.of("force/notes.seislens/readme.txt"), keys("force/notes.seislens/"));
    }

    @Test
    void aMissingBucketIsOneLineNamingIt() {
        DatasetException e = assertThrows(DatasetException.class, () -> importer.importFile(source,
                service.location("s3://no-such-bucket/line.seislens"), ImportOptions.defaults(),
                new NullProgressMonitor()));
        assertEquals("s3://no-such-bucket/line.seislens: bucket no-such-bucket does not exist at "
                + server.endpoint(), e.getMessage());
    }

    @Test
    void anImportKilledWhileUploadingLeavesNothingVisibleAndCleanupRemovesIt() throws Exception {
        String location = "s3://" + BUCKET + "/killed/line.seislens";
        Path remote = service.location(location);
        Path log = tmp.resolve("child.log");
        List<String> options = new ArrayList<>(List.of("-Xmx256m"));
        properties().forEach(p -> options.add("-D" + p[0] + "=" + p[1]));
        boolean caught = false;
        int attempt = 0;
        for (; attempt < 5 && !caught; attempt++) {
            Process child = ChildJvm.startImport(options, log, source.toString(), location, "force");
            // Killed as soon as its upload has begun (its marker is there) and before it ends.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (child.isAlive() && !keys("killed/line.seislens/").contains("killed/line.seislens/"
                    + WriteMarker.NAME)) {
                assertTrue(System.nanoTime() < deadline, ChildJvm.output(log));
                Thread.sleep(2);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            List<String> left = keys("killed/line.seislens/");
            if (left.contains("killed/line.seislens/metadata.json")) {
                continue; // It finished first: a complete dataset, replaced by the next attempt.
            }
            caught = true;
            assertTrue(left.contains("killed/line.seislens/" + WriteMarker.NAME), left.toString());
            DatasetException e = assertThrows(DatasetException.class,
                    () -> service.open(remote, new NullProgressMonitor()).close());
            assertTrue(e.getMessage().startsWith(location + ": "), e.getMessage());
            assertEquals(1, Files.list(staging).count(), "the killed import's staging directory is left");

            List<Path> removed = service.removeLeftovers(service.location("s3://" + BUCKET + "/killed"),
                    new NullProgressMonitor());
            assertTrue(removed.contains(remote), removed.toString());
            assertEquals(List.of(), keys("killed/"), "cleanup removes every object of the killed import");
            assertEquals(List.of(), Files.list(staging).toList(), "and its staging directory");
        }
        assertTrue(caught, "no kill came while the import uploaded");
        System.out.printf("S3 kill test: the kill came during the upload at attempt %d%n", attempt);
        importer.importFile(source, remote, ImportOptions.defaults(), new NullProgressMonitor());
        try (Dataset d = service.open(remote, new NullProgressMonitor())) {
            assertEquals(GEOMETRY.traces(), d.descriptor().traceCount());
        }
    }
}
