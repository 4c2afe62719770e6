package org.seislens.store.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads a local file to one object, streamed: a file up to {@link #PART_SIZE} in one PUT, a larger one as a
 * multipart upload of parts of that size read one at a time, so memory stays at one part whatever the file's
 * size. A multipart upload that fails is aborted, so the server drops its parts.
 */
final class S3Upload {

    /** The size of each part of a multipart upload (S3 wants at least 5 MiB for all parts but the last). */
    static final int PART_SIZE = 8 << 20;
    private static final Pattern UPLOAD_ID = Pattern.compile("<UploadId>([^<]+)</UploadId>"); //$NON-NLS-1$

    private S3Upload() {
    }

    /**
     * @param client the client
     * @param bucket the bucket
     * @param key the object key
     * @param file the local file
     * @throws IOException if the file cannot be read or a request fails
     */
    static void file(S3Client client, String bucket, String key, Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            if (size <= PART_SIZE) {
                client.put(bucket, key, in.readNBytes((int) size));
                return;
            }
            multipart(client, bucket, key, in);
        }
    }

    private static void multipart(S3Client client, String bucket, String key, InputStream in) throws IOException {
        HttpConnections.Reply started = client.send("POST", bucket, key, Map.of("uploads", ""), new byte[0], null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Matcher m = UPLOAD_ID.matcher(new String(started.body(), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IOException("s3://" + bucket + "/" + key + ": the S3 endpoint " + client.settings().endpoint() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " did not start a multipart upload"); //$NON-NLS-1$
        }
        String uploadId = SigV4Signer.encode(m.group(1), false);
        boolean completed = false;
        try {
            List<String> etags = new ArrayList<>();
            for (int part = 1;; part++) {
                byte[] bytes = in.readNBytes(PART_SIZE);
                if (bytes.length == 0 && part > 1) {
                    break;
                }
                Map<String, String> query = new TreeMap<>(Map.of("partNumber", Integer.toString(part), //$NON-NLS-1$
                        "uploadId", uploadId)); //$NON-NLS-1$
                String etag = client.send("PUT", bucket, key, query, bytes, null).header("ETag"); //$NON-NLS-1$ //$NON-NLS-2$
                if (etag == null) {
                    throw new IOException("s3://" + bucket + "/" + key //$NON-NLS-1$ //$NON-NLS-2$
                            + ": the S3 endpoint gave no ETag for part " + part); //$NON-NLS-1$
                }
                etags.add(etag);
                if (bytes.length < PART_SIZE) {
                    break;
                }
            }
            StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>"); //$NON-NLS-1$
            for (int i = 0; i < etags.size(); i++) {
                xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(etags.get(i).replace("&", "&amp;").replace("\"", "&quot;")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        .append("</ETag></Part>"); //$NON-NLS-1$
            }
            xml.append("</CompleteMultipartUpload>"); //$NON-NLS-1$
            HttpConnections.Reply done = client.send("POST", bucket, key, Map.of("uploadId", uploadId), //$NON-NLS-1$ //$NON-NLS-2$
                    xml.toString().getBytes(StandardCharsets.UTF_8), null);
            // The server may answer 200 and still report an error in the body.
            if (new String(done.body(), StandardCharsets.UTF_8).contains("<Error>")) { //$NON-NLS-1$
                throw new IOException("s3://" + bucket + "/" + key + ": the S3 endpoint " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + client.settings().endpoint() + " did not complete the multipart upload"); //$NON-NLS-1$
            }
            completed = true;
        } finally {
            if (!completed) {
                abort(client, bucket, key, uploadId);
            }
        }
    }

    private static void abort(S3Client client, String bucket, String key, String uploadId) {
        try {
            client.send("DELETE", bucket, key, Map.of("uploadId", uploadId), null, null); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            // The server drops unfinished uploads by its own lifecycle rules; the failure itself is reported.
        }
    }
}
