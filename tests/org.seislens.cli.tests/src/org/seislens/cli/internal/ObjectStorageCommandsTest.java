package org.seislens.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DatasetService;
import org.seislens.store.internal.storage.Storage;
import org.seislens.test.support.S3ProxyServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The commands on {@code s3://} locations against s3proxy on loopback: import into object storage then export
 * gives the source byte for byte; process writes there too; {@code --force} is needed to replace; cleanup takes
 * a prefix; a missing bucket is one line.
 */
class ObjectStorageCommandsTest {

    private static final String BUCKET = "seislens-cli";
    private static final List<String> PROPERTIES = List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.region",
            "aws.endpointUrl", "seislens.staging");

    @TempDir
    static Path tmp;

    @TempDir
    Path dir;

    private static S3ProxyServer server;
    private final Cli cli = new Cli();

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start(tmp);
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.endpointUrl", server.endpoint());
        System.setProperty("seislens.staging", Files.createDirectory(tmp.resolve("staging")).toString());
        try (Cli c = new Cli()) {
            Storage.client(c.service(DatasetService.class).location("s3://" + BUCKET + "/x")).createBucket(BUCKET);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        PROPERTIES.forEach(System::clearProperty);
        server.close();
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void importIntoObjectStorageThenExportGivesTheSourceByteForByte() throws Exception {
        for (String file : List.of("segyio/small.sgy", "carbon-capture-and-storage/2D_Xline_12680.sgy")) {
            Path segy = Cli.corpus(file);
            String location = "s3://" + BUCKET + "/roundtrip/" + segy.getFileName() + ".seislens";
            assertEquals(0, cli.run("import", segy.toString(), location, "--json"), cli.err());
            assertEquals(location, Json.mapper().readTree(cli.out()).get("dataset").asText());
            assertEquals(0, cli.run("info", location), cli.err());
            Path out = dir.resolve(segy.getFileName());
            assertEquals(0, cli.run("export", location, out.toString()), cli.err());
            assertEquals(-1, Files.mismatch(segy, out), file);
        }
    }

    @Test
    void processWritesIntoObjectStorageAndReplacingNeedsForce() throws Exception {
        Path segy = Cli.corpus("segyio/small.sgy");
        String raw = "s3://" + BUCKET + "/process/small.seislens";
        String processed = "s3://" + BUCKET + "/process/small-agc.seislens";
        assertEquals(0, cli.run("import", segy.toString(), raw), cli.err());
        assertEquals(2, cli.run("import", segy.toString(), raw));
        assertEquals("seislens-cli: " + raw + ": a dataset already exists here; it is not replaced; use --force to"
                + " replace it", cli.err().strip());
        assertEquals(0, cli.run("import", segy.toString(), raw, "--force"), cli.err());

        Path chain = Files.writeString(dir.resolve("chain.json"), "{\"steps\":[{\"op\":\"agc\",\"window_ms\":20}]}");
        assertEquals(0, cli.run("process", raw, processed, "--chain", chain.toString(), "--json"), cli.err());
        assertEquals(processed, Json.mapper().readTree(cli.out()).get("dataset").asText());
        assertEquals(0, cli.run("info", processed, "--json"), cli.err());
        JsonNode info = Json.mapper().readTree(cli.out());
        assertEquals(25, info.get("trace_count").asLong(), info.toString());
        assertEquals("agc", info.at("/processing/chain/steps/0/op").asText(), info.toString());

        Path local = dir.resolve("small-agc.seislens");
        assertEquals(0, cli.run("process", raw, local.toString(), "--chain", chain.toString()), cli.err());
        Path fromS3 = dir.resolve("from-s3.sgy");
        Path fromDisk = dir.resolve("from-disk.sgy");
        assertEquals(0, cli.run("export", processed, fromS3.toString()), cli.err());
        assertEquals(0, cli.run("export", local.toString(), fromDisk.toString()), cli.err());
        assertEquals(-1, Files.mismatch(fromDisk, fromS3), "processing into S3 and onto disk write the same");
    }

    @Test
    void cleanupTakesAPrefixAndAMissingBucketIsOneLine() throws Exception {
        assertEquals(0, cli.run("cleanup", "s3://" + BUCKET + "/nothing-here", "--json"), cli.err());
        JsonNode json = Json.mapper().readTree(cli.out());
        assertEquals("s3://" + BUCKET + "/nothing-here", json.get("directory").asText());
        assertEquals(0, json.get("removed").size(), json.toString());

        Path segy = Cli.corpus("segyio/small.sgy");
        assertTrue(cli.run("import", segy.toString(), "s3://no-such-bucket/small.seislens") != 0);
        assertEquals("seislens-cli: s3://no-such-bucket/small.seislens: bucket no-such-bucket does not exist at "
                + server.endpoint(), cli.err().strip());
        assertTrue(cli.run("cleanup", "s3://no-such-bucket/surveys") != 0);
        assertEquals("seislens-cli: s3://no-such-bucket/surveys: bucket no-such-bucket does not exist at "
                + server.endpoint(), cli.err().strip());
    }
}
