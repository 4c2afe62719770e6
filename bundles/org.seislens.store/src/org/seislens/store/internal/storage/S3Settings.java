package org.seislens.store.internal.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.ObjectStoreCredentials;

/**
 * Where an S3-compatible server is and how to sign requests for it, found the way the AWS tools find them: the
 * system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code aws.region},
 * {@code aws.endpointUrl}, {@code aws.profile}, then the environment ({@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, {@code AWS_PROFILE}), then the
 * profile in {@code ~/.aws/credentials} and {@code ~/.aws/config}. Requests use path-style addressing, which AWS
 * and MinIO-like servers both accept. {@link #toString()} never shows the secret.
 *
 * @param endpoint the server, e.g. {@code https://s3.eu-west-1.amazonaws.com} or {@code http://127.0.0.1:9000}
 * @param region the signing region
 * @param accessKey the access key id, or {@code null} for anonymous requests
 * @param secretKey the secret access key, or {@code null} for anonymous requests
 * @param keysFrom where the keys came from, in words for a message that says what to check, e.g.
 *            {@code AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY} or {@code profile minio in /home/me/.aws/credentials}
 */
public record S3Settings(URI endpoint, String region, @Nullable String accessKey, @Nullable String secretKey,
        String keysFrom) {

    /** Where the keys of {@link #fromEnvironment()} come from when the variables (or properties) give them. */
    static final String FROM_ENVIRONMENT = "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"; //$NON-NLS-1$
    /** Where the keys of {@link #of(ObjectStoreCredentials)} come from when they are given with the location. */
    static final String GIVEN = "the access key and secret key given for this location"; //$NON-NLS-1$

    /**
     * Settings whose keys were given directly, as a test or a tool that has them does.
     *
     * @param endpoint the server
     * @param region the signing region
     * @param accessKey the access key id, or {@code null} for anonymous requests
     * @param secretKey the secret access key, or {@code null} for anonymous requests
     */
    public S3Settings(URI endpoint, String region, @Nullable String accessKey, @Nullable String secretKey) {
        this(endpoint, region, accessKey, secretKey, GIVEN);
    }

    /** @return whether requests are signed */
    public boolean signed() {
        return accessKey != null && secretKey != null;
    }

    @Override
    public String toString() {
        return "S3Settings[" + endpoint + ", " + region + (signed() ? ", key " + accessKey : ", anonymous") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * @return the settings of this process's system properties, environment and AWS profile files
     * @throws IOException if a profile file cannot be read or the endpoint is not a URI
     */
    public static S3Settings fromEnvironment() throws IOException {
        return from(name -> {
            String property = System.getProperty(propertyOf(name));
            return property != null ? property : System.getenv(name);
        }, Path.of(System.getProperty("user.home"), ".aws"), FROM_ENVIRONMENT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param credentials what was given with a location; what is {@code null} there comes from the AWS profile
     *            files, never from the other {@code AWS_*} variables
     * @return the settings
     * @throws IOException if a profile file cannot be read or the endpoint is not an http or https URL
     */
    public static S3Settings of(ObjectStoreCredentials credentials) throws IOException {
        return of(credentials, name -> {
            String property = System.getProperty(propertyOf(name));
            return property != null ? property : System.getenv(name);
        }, Path.of(System.getProperty("user.home"), ".aws")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param credentials what was given with a location
     * @param variables looks up an environment variable by name; only the profile files' locations are asked
     * @param awsDirectory the directory of the default profile files
     * @return the settings
     * @throws IOException if a profile file cannot be read or the endpoint is not an http or https URL
     */
    static S3Settings of(ObjectStoreCredentials credentials, UnaryOperator<@Nullable String> variables,
            Path awsDirectory) throws IOException {
        URI endpoint = credentials.endpoint();
        return from(name -> switch (name) {
            case "AWS_PROFILE" -> credentials.profile(); //$NON-NLS-1$
            case "AWS_ACCESS_KEY_ID" -> credentials.accessKey(); //$NON-NLS-1$
            case "AWS_SECRET_ACCESS_KEY" -> credentials.secretKey(); //$NON-NLS-1$
            case "AWS_REGION" -> credentials.region(); //$NON-NLS-1$
            case "AWS_ENDPOINT_URL" -> endpoint == null ? null : endpoint.toString(); //$NON-NLS-1$
            case "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE" -> variables.apply(name); //$NON-NLS-1$ //$NON-NLS-2$
            default -> null;
        }, awsDirectory, GIVEN);
    }

    private static String propertyOf(String variable) {
        return switch (variable) {
            case "AWS_ACCESS_KEY_ID" -> "aws.accessKeyId"; //$NON-NLS-1$ //$NON-NLS-2$
            case "AWS_SECRET_ACCESS_KEY" -> "aws.secretAccessKey"; //$NON-NLS-1$ //$NON-NLS-2$
            case "AWS_REGION" -> "aws.region"; //$NON-NLS-1$ //$NON-NLS-2$
            case "AWS_ENDPOINT_URL" -> "aws.endpointUrl"; //$NON-NLS-1$ //$NON-NLS-2$
            case "AWS_PROFILE" -> "aws.profile"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "aws." + variable; //$NON-NLS-1$
        };
    }

    /**
     * @param variables looks up an environment variable by name, {@code null} when unset
     * @param awsDirectory the directory of the default profile files
     * @return the settings, their keys from the environment's variables or the profile
     * @throws IOException if a profile file cannot be read or the endpoint is not a URI
     */
    static S3Settings from(UnaryOperator<@Nullable String> variables, Path awsDirectory) throws IOException {
        return from(variables, awsDirectory, FROM_ENVIRONMENT);
    }

    /**
     * @param variables looks up an environment variable by name, {@code null} when unset
     * @param awsDirectory the directory of the default profile files
     * @param variableKeys where the variables' keys come from, in words
     * @return the settings
     * @throws IOException if a profile file cannot be read or the endpoint is not a URI
     */
    private static S3Settings from(UnaryOperator<@Nullable String> variables, Path awsDirectory, String variableKeys)
            throws IOException {
        String profile = orElse(variables.apply("AWS_PROFILE"), "default"); //$NON-NLS-1$ //$NON-NLS-2$
        String credentialsFile = variables.apply("AWS_SHARED_CREDENTIALS_FILE"); //$NON-NLS-1$
        String configFile = variables.apply("AWS_CONFIG_FILE"); //$NON-NLS-1$
        Map<String, String> credentials = section(
                credentialsFile != null ? Path.of(credentialsFile) : awsDirectory.resolve("credentials"), profile); //$NON-NLS-1$
        Map<String, String> config = section(configFile != null ? Path.of(configFile) : awsDirectory.resolve("config"), //$NON-NLS-1$
                "default".equals(profile) ? profile : "profile " + profile); //$NON-NLS-1$ //$NON-NLS-2$
        String accessKey = variables.apply("AWS_ACCESS_KEY_ID"); //$NON-NLS-1$
        String secretKey = variables.apply("AWS_SECRET_ACCESS_KEY"); //$NON-NLS-1$
        String keysFrom = variableKeys;
        if (accessKey == null || secretKey == null) {
            accessKey = credentials.getOrDefault("aws_access_key_id", config.get("aws_access_key_id")); //$NON-NLS-1$ //$NON-NLS-2$
            secretKey = credentials.getOrDefault("aws_secret_access_key", config.get("aws_secret_access_key")); //$NON-NLS-1$ //$NON-NLS-2$
            keysFrom = accessKey == null || secretKey == null ? "no keys: requests are sent unsigned" //$NON-NLS-1$
                    : "profile " + profile + " in " + (credentials.containsKey("aws_access_key_id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            ? credentialsFile != null ? credentialsFile : awsDirectory.resolve("credentials") //$NON-NLS-1$
                            : configFile != null ? configFile : awsDirectory.resolve("config")); //$NON-NLS-1$
        }
        String region = orElse(variables.apply("AWS_REGION"), orElse(variables.apply("AWS_DEFAULT_REGION"), //$NON-NLS-1$ //$NON-NLS-2$
                orElse(config.get("region"), "us-east-1"))); //$NON-NLS-1$ //$NON-NLS-2$
        String endpoint = orElse(variables.apply("AWS_ENDPOINT_URL_S3"), orElse(variables.apply("AWS_ENDPOINT_URL"), //$NON-NLS-1$ //$NON-NLS-2$
                orElse(config.get("endpoint_url"), "https://s3." + region + ".amazonaws.com"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        URI uri;
        try {
            uri = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new IOException("the S3 endpoint \"" + endpoint + "\" is not a URL: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IOException("the S3 endpoint \"" + endpoint + "\" is not an http or https URL"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new S3Settings(uri, region, accessKey, secretKey, keysFrom);
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** Reads one {@code [section]} of an AWS profile file: {@code key = value} lines. */
    private static Map<String, String> section(Path file, String name) throws IOException {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        boolean inside = false;
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.startsWith("[") && l.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
                inside = l.substring(1, l.length() - 1).strip().equals(name);
            } else if (inside && !l.startsWith("#") && !l.startsWith(";") && l.indexOf('=') > 0) { //$NON-NLS-1$ //$NON-NLS-2$
                int eq = l.indexOf('=');
                values.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return values;
    }
}
