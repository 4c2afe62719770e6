package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.DatasetVerification;
import org.seislens.core.Ensemble;
import org.seislens.core.ImportOptions;
import org.seislens.core.ObjectStoreCredentials;
import org.seislens.core.SegyImportService;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.test.support.S3ProxyServer;

/**
 * The dataset service on a dataset uploaded to a real S3-compatible server (s3proxy on loopback, signed requests):
 * windows, gathers, headers, ensembles and verification read from object storage equal those read from the same
 * dataset on disk, and each way of pointing at the wrong place gives one message naming the location.
 */
class ObjectStorageTest {

    /** 7 shots x 37 channels = 259 traces (chunks of 128), 1100 samples (chunks of 220). */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(7, 37, 1100, 2000, 25.0, 12.5, 7);
    private static final String BUCKET = "seislens-surveys";
    private static final String LOCATION = "s3://" + BUCKET + "/qc/survey.seislens";
    private static final List<String> PROPERTIES = List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.region",
            "aws.endpointUrl");

    @TempDir
    static Path tmp;

    private static S3ProxyServer server;
    private static ServiceTracker<DatasetService, DatasetService> services;
    private static DatasetService service;
    private static Path local;

    @BeforeAll
    static void uploadSurvey() throws Exception {
        server = S3ProxyServer.start(tmp);
        BundleContext context = FrameworkUtil.getBundle(ObjectStorageTest.class).getBundleContext();
        services = new ServiceTracker<>(context, DatasetService.class, null);
        services.open();
        ServiceTracker<SegyImportService, SegyImportService> importers = new ServiceTracker<>(context,
                SegyImportService.class, null);
        importers.open();
        service = services.waitForService(10_000);
        SegyImportService importer = importers.waitForService(10_000);
        assertNotNull(service);
        assertNotNull(importer);
        Path segy = tmp.resolve("survey.sgy");
        assertTrue(SyntheticSurveyWriter.write(segy, GEOMETRY, SampleFormat.IBM_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        local = tmp.resolve("survey.seislens");
        importer.importFile(segy, local, ImportOptions.defaults(), new NullProgressMonitor());
        importers.close();
        useServer(S3ProxyServer.SECRET_KEY, server.endpoint());
        Path remote = service.location(LOCATION);
        S3Client client = Storage.client(remote);
        client.createBucket(BUCKET);
        try (Stream<Path> files = Files.walk(local)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String key = "qc/survey.seislens/" + local.relativize(f).toString().replace('\\', '/');
                client.put(BUCKET, key, Files.readAllBytes(f));
            }
        }
    }

    private static void useServer(String secret, String endpoint) {
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", secret);
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.endpointUrl", endpoint);
    }

    @AfterAll
    static void stopServer() throws Exception {
        PROPERTIES.forEach(System::clearProperty);
        services.close();
        server.close();
    }

    @BeforeEach
    @AfterEach
    void rightSettings() {
        useServer(S3ProxyServer.SECRET_KEY, server.endpoint());
    }

    private static Dataset remote() throws DatasetException {
        return service.open(URI.create(LOCATION), new NullProgressMonitor());
    }

    @Test
    void windowsAndGathersEqualThoseOnDisk() throws Exception {
        try (Dataset d = remote(); Dataset l = service.open(local, new NullProgressMonitor())) {
            assertEquals(LOCATION, d.descriptor().location().toString());
            assertEquals(l.descriptor().traceCount(), d.descriptor().traceCount());
            assertEquals(l.descriptor().sampleCount(), d.descriptor().sampleCount());
            assertEquals(l.descriptor().sampleType(), d.descriptor().sampleType());
            for (WindowBounds b : List.of(new WindowBounds(0, 259, 0, 1100), new WindowBounds(100, 140, 200, 250),
                    new WindowBounds(255, 259, 1000, 1100))) {
                WindowData fromS3 = d.window(b, new NullProgressMonitor());
                WindowData fromDisk = l.window(b, new NullProgressMonitor());
                assertArrayEquals(fromDisk.samples(), fromS3.samples(), b.toString());
            }
            long[] gather = l.ensembleAt("field_record", 2, new NullProgressMonitor()).toTraceIndices();
            assertArrayEquals(l.traces(gather, 0, 1100, new NullProgressMonitor()).samples(),
                    d.traces(gather, 0, 1100, new NullProgressMonitor()).samples());
        }
    }

    @Test
    void headersAndEnsemblesEqualThoseOnDisk() throws Exception {
        try (Dataset d = remote(); Dataset l = service.open(local, new NullProgressMonitor())) {
            long[] traces = { 0, 1, 127, 128, 200, 258 };
            List<String> columns = l.descriptor().headerColumns();
            TraceHeaders fromS3 = d.headers(traces, columns, new NullProgressMonitor());
            TraceHeaders fromDisk = l.headers(traces, columns, new NullProgressMonitor());
            for (String c : columns) {
                assertArrayEquals(fromDisk.column(c), fromS3.column(c), c);
            }
            for (String key : l.descriptor().ensembleKeys()) {
                long count = l.ensembleCount(key);
                assertEquals(count, d.ensembleCount(key), key);
                for (long ordinal = 0; ordinal < count; ordinal += Math.max(1, count / 5)) {
                    Ensemble e = l.ensembleAt(key, ordinal, new NullProgressMonitor());
                    assertEquals(e, d.ensembleAt(key, ordinal, new NullProgressMonitor()));
                }
            }
        }
    }

    @Test
    void describeAndVerifyReadFromObjectStorage() throws Exception {
        Path remote = service.location(LOCATION);
        assertEquals(Files.readString(local.resolve("metadata.json")),
                service.describe(remote, new NullProgressMonitor()).metadataJson());
        DatasetVerification v = service.verify(remote, new NullProgressMonitor());
        assertTrue(v.sound(), v.problems().toString());
        assertEquals(service.verify(local, new NullProgressMonitor()).chunksChecked(), v.chunksChecked());
    }

    @Test
    void wrongCredentialsNameTheLocation() {
        useServer("not-the-secret", server.endpoint());
        DatasetException e = assertThrows(DatasetException.class, ObjectStorageTest::remote);
        assertTrue(e.getMessage().startsWith(LOCATION + ": access denied"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-the-secret"), e.getMessage());
        assertTrue(e.getMessage().endsWith("check the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) "
                + "and the region (us-east-1)"), e.getMessage());
    }

    @Test
    void wrongCredentialsGivenWithTheLocationAreNamedAsSuch() throws Exception {
        ObjectStoreCredentials given = ObjectStoreCredentials.ofKeys(URI.create(server.endpoint()), "us-east-1",
                S3ProxyServer.ACCESS_KEY, "not-the-secret");
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.open(service.location(LOCATION, given), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(LOCATION + ": access denied"), e.getMessage());
        assertTrue(e.getMessage().contains("(the access key and secret key given for this location)"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("AWS_") && !e.getMessage().contains("not-the-secret"), e.getMessage());
    }

    @Test
    void missingBucketNamesTheBucket() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.open(URI.create("s3://no-such-bucket/survey.seislens"), new NullProgressMonitor()));
        assertEquals("s3://no-such-bucket/survey.seislens: bucket no-such-bucket does not exist at "
                + server.endpoint(), e.getMessage());
    }

    @Test
    void missingDatasetSaysNothingIsStored() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> service.open(URI.create("s3://" + BUCKET + "/qc/other.seislens"), new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith("s3://" + BUCKET + "/qc/other.seislens: nothing is stored"),
                e.getMessage());
    }

    @Test
    void unreachableEndpointNamesTheEndpoint() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        useServer(S3ProxyServer.SECRET_KEY, "http://127.0.0.1:" + closed);
        DatasetException e = assertThrows(DatasetException.class, ObjectStorageTest::remote);
        assertTrue(e.getMessage().startsWith(LOCATION + ": cannot reach the S3 endpoint http://127.0.0.1:" + closed),
                e.getMessage());
    }

    @Test
    void credentialsGivenWithTheLocationWinOverTheEnvironment() throws Exception {
        useServer("not-the-secret", "http://127.0.0.1:1");
        ObjectStoreCredentials given = ObjectStoreCredentials.ofKeys(URI.create(server.endpoint()), "us-east-1",
                S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY);
        try (Dataset d = service.open(service.location(LOCATION, given), new NullProgressMonitor());
                Dataset l = service.open(local, new NullProgressMonitor())) {
            WindowBounds b = new WindowBounds(100, 140, 200, 250);
            assertArrayEquals(l.window(b, new NullProgressMonitor()).samples(),
                    d.window(b, new NullProgressMonitor()).samples());
        }
        rightSettings();
        Path wrong = service.location(LOCATION, given.withSecret("not-the-secret"));
        DatasetException e = assertThrows(DatasetException.class, () -> service.open(wrong, new NullProgressMonitor()));
        assertTrue(e.getMessage().startsWith(LOCATION + ": access denied"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-the-secret"), e.getMessage());
        assertTrue(e.getMessage().contains("(the access key and secret key given for this location)")
                && !e.getMessage().contains("AWS_"), e.getMessage());
    }

    @Test
    void localPathsAndFileUrisStillOpen() throws Exception {
        assertEquals(local, service.location(local.toString()));
        try (Dataset d = service.open(local.toUri(), new NullProgressMonitor())) {
            assertEquals(GEOMETRY.traces(), d.descriptor().traceCount());
        }
    }
}
