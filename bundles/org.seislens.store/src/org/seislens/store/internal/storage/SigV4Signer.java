package org.seislens.store.internal.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs S3 requests with AWS Signature Version 4 (header form), as documented in "Authenticating Requests: Using
 * the Authorization Header (AWS Signature Version 4)".
 */
final class SigV4Signer {

    /** The payload hash of a request without a body. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; //$NON-NLS-1$

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"); //$NON-NLS-1$
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKey;
    private final String secretKey;
    private final String region;
    /** The signing key of the last day signed for, derived once a day rather than for every request. */
    private volatile DayKey dayKey = new DayKey("", new byte[0]); //$NON-NLS-1$

    private record DayKey(String date, byte[] key) {
    }

    SigV4Signer(String accessKey, String secretKey, String region) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
    }

    /**
     * @param method the HTTP method
     * @param encodedPath the request path, already URI-encoded
     * @param encodedQuery the query parameters, already URI-encoded, in any order
     * @param host the {@code Host} header as sent (with the port unless it is the scheme's default)
     * @param payloadHash the hex SHA-256 of the body
     * @param now the signing time
     * @return the headers to add: {@code x-amz-date}, {@code x-amz-content-sha256}, {@code Authorization}
     */
    Map<String, String> sign(String method, String encodedPath, Map<String, String> encodedQuery, String host,
            String payloadHash, ZonedDateTime now) {
        String stamp = now.withZoneSameInstant(ZoneOffset.UTC).format(STAMP);
        String date = stamp.substring(0, 8);
        SortedMap<String, String> headers = new TreeMap<>();
        headers.put("host", host); //$NON-NLS-1$
        headers.put("x-amz-content-sha256", payloadHash); //$NON-NLS-1$
        headers.put("x-amz-date", stamp); //$NON-NLS-1$
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n').append(encodedPath).append('\n');
        canonical.append(String.join("&", new TreeMap<>(encodedQuery).entrySet().stream() //$NON-NLS-1$
                .map(e -> e.getKey() + "=" + e.getValue()).toList())).append('\n'); //$NON-NLS-1$
        headers.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
        String signedHeaders = String.join(";", headers.keySet()); //$NON-NLS-1$
        canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        String scope = date + "/" + region + "/s3/aws4_request"; //$NON-NLS-1$ //$NON-NLS-2$
        String toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + sha256Hex(canonical.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        DayKey k = dayKey;
        if (!k.date().equals(date)) {
            byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date); //$NON-NLS-1$
            key = hmac(key, region);
            key = hmac(key, "s3"); //$NON-NLS-1$
            k = new DayKey(date, hmac(key, "aws4_request")); //$NON-NLS-1$
            dayKey = k;
        }
        byte[] key = k.key();
        String signature = HEX.formatHex(hmac(key, toSign));
        return Map.of("x-amz-date", stamp, "x-amz-content-sha256", payloadHash, "Authorization", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + ", Signature=" + signature); //$NON-NLS-1$
    }

    /**
     * @param bytes any bytes
     * @return their SHA-256, lower-case hex
     */
    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e); //$NON-NLS-1$
        }
    }

    private static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e); //$NON-NLS-1$
        }
    }

    /**
     * URI-encodes like S3 expects: every byte but {@code A-Z a-z 0-9 - _ . ~}, and {@code /} too unless asked.
     *
     * @param text the text
     * @param keepSlash whether {@code /} stays as is (in paths)
     * @return the encoded text
     */
    static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
