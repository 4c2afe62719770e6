package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.S3ProxyServer;

/**
 * Uploads against s3proxy: a file larger than a part goes up as a multipart upload and reads back equal, as does
 * one of exactly one part and an empty one; listings follow every page.
 */
class S3UploadTest {

    private static final String BUCKET = "seislens-uploads";

    @TempDir
    static Path tmp;

    private static S3ProxyServer server;
    private static S3Client client;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start(tmp);
        client = new S3Client(new S3Settings(java.net.URI.create(server.endpoint()), "us-east-1",
                S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
        client.createBucket(BUCKET);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void filesOfAnySizeReadBackEqual() throws Exception {
        Random random = new Random(18);
        for (int size : List.of(0, 1, S3Upload.PART_SIZE, 2 * S3Upload.PART_SIZE + 12_345)) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(tmp.resolve("part-" + size), bytes);
            S3Upload.file(client, BUCKET, "sizes/" + size, file);
            assertEquals(size, client.size(BUCKET, "sizes/" + size));
            if (size > 0) {
                assertArrayEquals(bytes, client.get(BUCKET, "sizes/" + size, 0, size).bytes(), "size " + size);
            }
        }
    }

    @Test
    void aListingFollowsEveryPage() throws Exception {
        // s3proxy pages at 1 000 keys.
        for (int i = 0; i < 1_050; i++) {
            client.put(BUCKET, String.format("many/%04d", i), new byte[] { (byte) i });
        }
        client.put(BUCKET, "many/sub/a", new byte[0]);
        S3Listing all = S3Listing.of(client, BUCKET, "many/", null);
        assertEquals(1_051, all.objects().size());
        S3Listing level = S3Listing.of(client, BUCKET, "many/", "/");
        assertEquals(1_050, level.objects().size());
        assertEquals(List.of("many/sub/"), level.prefixes());
        assertEquals(1, level.objects().get(7).size());
    }
}
