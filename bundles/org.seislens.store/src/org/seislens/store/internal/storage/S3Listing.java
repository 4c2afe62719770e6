package org.seislens.store.internal.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The objects and sub-prefixes under a key prefix (ListObjectsV2, every page followed).
 *
 * @param objects the objects, in key order
 * @param prefixes with a delimiter, the sub-prefixes ("directories") under the prefix, each ending with it
 */
public record S3Listing(List<S3Listing.Entry> objects, List<String> prefixes) {

    private static final Pattern CONTENTS = Pattern.compile("<Contents>(.*?)</Contents>", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern COMMON = Pattern.compile("<CommonPrefixes>\\s*<Prefix>(.*?)</Prefix>", //$NON-NLS-1$
            Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("<Key>(.*?)</Key>", Pattern.DOTALL); //$NON-NLS-1$
    private static final Pattern SIZE = Pattern.compile("<Size>(\\d+)</Size>"); //$NON-NLS-1$
    private static final Pattern MODIFIED = Pattern.compile("<LastModified>([^<]*)</LastModified>"); //$NON-NLS-1$
    private static final Pattern NEXT = Pattern.compile("<NextContinuationToken>([^<]*)</NextContinuationToken>"); //$NON-NLS-1$

    /**
     * One object.
     *
     * @param key its key
     * @param size its size in bytes
     * @param modified when it was last written, as the server tells
     */
    public record Entry(String key, long size, Instant modified) {
    }

    /**
     * Lists a prefix.
     *
     * @param client the client
     * @param bucket the bucket
     * @param prefix the key prefix, e.g. {@code surveys/a.seislens/}
     * @param delimiter {@code "/"} to list one level (objects directly under the prefix and sub-prefixes), or
     *            {@code null} for every object under it
     * @return the listing
     * @throws java.nio.file.NoSuchFileException if the bucket does not exist
     * @throws IOException if a request fails
     */
    public static S3Listing of(S3Client client, String bucket, String prefix, @Nullable String delimiter)
            throws IOException {
        List<Entry> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String token = null;
        do {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("list-type", "2"); //$NON-NLS-1$ //$NON-NLS-2$
            query.put("prefix", SigV4Signer.encode(prefix, false)); //$NON-NLS-1$
            if (delimiter != null) {
                query.put("delimiter", SigV4Signer.encode(delimiter, false)); //$NON-NLS-1$
            }
            if (token != null) {
                query.put("continuation-token", SigV4Signer.encode(token, false)); //$NON-NLS-1$
            }
            HttpConnections.Reply r = client.send("GET", bucket, "", query, null, null); //$NON-NLS-1$ //$NON-NLS-2$
            String xml = new String(r.body(), StandardCharsets.UTF_8);
            Matcher contents = CONTENTS.matcher(xml);
            while (contents.find()) {
                String c = contents.group(1);
                Matcher key = KEY.matcher(c);
                if (key.find()) {
                    Matcher size = SIZE.matcher(c);
                    Matcher modified = MODIFIED.matcher(c);
                    objects.add(new Entry(unescape(key.group(1)), size.find() ? Long.parseLong(size.group(1)) : 0,
                            modified.find() ? instant(modified.group(1)) : Instant.EPOCH));
                }
            }
            Matcher common = COMMON.matcher(xml);
            while (common.find()) {
                prefixes.add(unescape(common.group(1)));
            }
            Matcher next = NEXT.matcher(xml);
            token = xml.contains("<IsTruncated>true</IsTruncated>") && next.find() ? unescape(next.group(1)) : null; //$NON-NLS-1$
        } while (token != null);
        return new S3Listing(List.copyOf(objects), List.copyOf(prefixes));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                .replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
