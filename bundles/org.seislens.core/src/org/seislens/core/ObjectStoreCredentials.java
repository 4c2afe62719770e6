package org.seislens.core;

import java.net.URI;

import org.eclipse.jdt.annotation.Nullable;

/**
 * How to reach an S3-compatible object store and sign requests for it, given with a dataset location instead of
 * being taken from the process's AWS environment variables. What is {@code null} here comes from the AWS profile
 * files ({@code ~/.aws/credentials} and {@code ~/.aws/config}, or the files that {@code AWS_SHARED_CREDENTIALS_FILE}
 * and {@code AWS_CONFIG_FILE} name), never from the other {@code AWS_*} variables. Requests are path-style
 * ({@code endpoint/bucket/key}), which AWS S3, MinIO, Ceph and s3proxy all accept. {@link #toString()} never shows
 * the secret.
 *
 * @param endpoint the server, e.g. {@code https://s3.eu-west-1.amazonaws.com} or {@code http://127.0.0.1:9000};
 *            {@code null} for the profile's {@code endpoint_url}, else AWS S3 of the region
 * @param region the signing region; {@code null} for the profile's, else {@code us-east-1}
 * @param profile the AWS profile that gives what is {@code null} here; {@code null} for {@code default}
 * @param accessKey the access key id; {@code null} to take the keys from the profile
 * @param secretKey the secret access key; {@code null} to take the keys from the profile
 */
public record ObjectStoreCredentials(@Nullable URI endpoint, @Nullable String region, @Nullable String profile,
        @Nullable String accessKey, @Nullable String secretKey) {

    /**
     * @param endpoint the server, or {@code null} for the profile's or AWS S3
     * @param region the signing region, or {@code null} for the profile's
     * @param profile the AWS profile whose keys sign the requests, or {@code null} for {@code default}
     * @return credentials that take the keys from a profile
     */
    public static ObjectStoreCredentials ofProfile(@Nullable URI endpoint, @Nullable String region,
            @Nullable String profile) {
        return new ObjectStoreCredentials(endpoint, region, profile, null, null);
    }

    /**
     * @param endpoint the server, or {@code null} for AWS S3
     * @param region the signing region, or {@code null} for the default profile's
     * @param accessKey the access key id
     * @param secretKey the secret access key
     * @return credentials with explicit keys
     */
    public static ObjectStoreCredentials ofKeys(@Nullable URI endpoint, @Nullable String region, String accessKey,
            String secretKey) {
        return new ObjectStoreCredentials(endpoint, region, null, accessKey, secretKey);
    }

    /** @return whether the keys are given here rather than taken from a profile */
    public boolean hasAccessKey() {
        return accessKey != null;
    }

    /**
     * @return the same credentials without the secret key, to be remembered where a secret must not be
     */
    public ObjectStoreCredentials withoutSecret() {
        return new ObjectStoreCredentials(endpoint, region, profile, accessKey, null);
    }

    /**
     * @param secret the secret access key
     * @return the same credentials with this secret key
     */
    public ObjectStoreCredentials withSecret(@Nullable String secret) {
        return new ObjectStoreCredentials(endpoint, region, profile, accessKey, secret);
    }

    @Override
    public String toString() {
        return "ObjectStoreCredentials[endpoint=" + endpoint + ", region=" + region + ", profile=" + profile //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", accessKey=" + accessKey + (secretKey != null ? ", secret given" : ", no secret") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
