package org.seislens.store.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ObjectStoreCredentials;

/** Where the S3 settings come from: the environment first, then the chosen profile of the AWS files. */
class S3SettingsTest {

    @TempDir
    Path aws;

    private void profiles() throws Exception {
        Files.writeString(aws.resolve("credentials"), """
                [default]
                aws_access_key_id = DEFAULTKEY
                aws_secret_access_key = defaultsecret
                [minio]
                aws_access_key_id = MINIOKEY
                aws_secret_access_key = miniosecret
                """);
        Files.writeString(aws.resolve("config"), """
                [default]
                region = eu-west-1
                [profile minio]
                region = us-east-1
                endpoint_url = http://127.0.0.1:9000/
                """);
    }

    @Test
    void profileFilesGiveKeysRegionAndEndpoint() throws Exception {
        profiles();
        S3Settings s = S3Settings.from(Map.of("AWS_PROFILE", "minio")::get, aws);
        assertEquals(new S3Settings(URI.create("http://127.0.0.1:9000"), "us-east-1", "MINIOKEY", "miniosecret",
                "profile minio in " + aws.resolve("credentials")), s);
        S3Settings d = S3Settings.from(Map.<String, String>of()::get, aws);
        assertEquals(new S3Settings(URI.create("https://s3.eu-west-1.amazonaws.com"), "eu-west-1", "DEFAULTKEY",
                "defaultsecret", "profile default in " + aws.resolve("credentials")), d);
    }

    @Test
    void environmentWinsOverProfiles() throws Exception {
        profiles();
        S3Settings s = S3Settings.from(Map.of("AWS_ACCESS_KEY_ID", "ENVKEY", "AWS_SECRET_ACCESS_KEY", "envsecret",
                "AWS_REGION", "ap-south-1", "AWS_ENDPOINT_URL", "https://minio.example:9443")::get, aws);
        assertEquals(new S3Settings(URI.create("https://minio.example:9443"), "ap-south-1", "ENVKEY", "envsecret",
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"), s);
        assertFalse(s.toString().contains("envsecret"), s.toString());
    }

    @Test
    void givenCredentialsTakeWhatTheyLackFromTheirProfileNotFromTheEnvironment() throws Exception {
        profiles();
        Map<String, String> environment = Map.of("AWS_ACCESS_KEY_ID", "ENVKEY", "AWS_SECRET_ACCESS_KEY", "envsecret",
                "AWS_REGION", "ap-south-1", "AWS_ENDPOINT_URL", "https://elsewhere.example", "AWS_PROFILE", "default");
        S3Settings p = S3Settings.of(ObjectStoreCredentials.ofProfile(null, null, "minio"), environment::get, aws);
        assertEquals(new S3Settings(URI.create("http://127.0.0.1:9000"), "us-east-1", "MINIOKEY", "miniosecret",
                "profile minio in " + aws.resolve("credentials")), p);
        S3Settings k = S3Settings.of(ObjectStoreCredentials.ofKeys(URI.create("http://127.0.0.1:9100/"), "eu-north-1",
                "GIVENKEY", "givensecret"), environment::get, aws);
        assertEquals(new S3Settings(URI.create("http://127.0.0.1:9100"), "eu-north-1", "GIVENKEY", "givensecret",
                "the access key and secret key given for this location"), k);
        Files.move(aws.resolve("credentials"), aws.resolve("elsewhere"));
        S3Settings moved = S3Settings.of(ObjectStoreCredentials.ofProfile(null, null, "minio"),
                Map.of("AWS_SHARED_CREDENTIALS_FILE", aws.resolve("elsewhere").toString())::get, aws);
        assertEquals("MINIOKEY", moved.accessKey());
        assertEquals("profile minio in " + aws.resolve("elsewhere"), moved.keysFrom());
    }

    @Test
    void withoutCredentialsRequestsAreAnonymous() throws Exception {
        S3Settings s = S3Settings.from(Map.<String, String>of()::get, aws);
        assertNull(s.accessKey());
        assertFalse(s.signed());
        assertEquals("no keys: requests are sent unsigned", s.keysFrom());
    }
}
