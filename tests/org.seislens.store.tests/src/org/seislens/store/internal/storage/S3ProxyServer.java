package org.seislens.store.internal.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An S3-compatible server for tests: s3proxy 4.1.0 with in-memory storage, run as its own {@code java -jar}
 * process on a free loopback port, requiring a fixed test key (AWS Signature Version 4). The jar comes from the
 * system property {@code seislens.s3proxy.jar} or the local Maven repository
 * ({@code mvn dependency:get -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies}).
 */
public final class S3ProxyServer implements AutoCloseable {

    /** The test key id. */
    public static final String ACCESS_KEY = "seislens-test";
    /** The test secret. */
    public static final String SECRET_KEY = "seislens-test-secret";

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param workDir where its properties and log go
     * @return the running server
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static S3ProxyServer start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("seislens.s3proxy.jar", System.getProperty("user.home")
                + "/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: fetch it with mvn dependency:get "
                    + "-Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path properties = workDir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY, "jclouds.provider=transient", "jclouds.identity=unused",
                "jclouds.credential=unused", ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties",
                properties.toString())).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("s3proxy.log").toFile()).start();
        S3ProxyServer server = new S3ProxyServer(p, port);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!server.listening()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException("s3proxy did not start: " + Files.readString(workDir.resolve("s3proxy.log")));
            }
            Thread.sleep(50);
        }
        return server;
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return its URL */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
