package org.seislens.test.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An S3-compatible server for tests: s3proxy 4.1.0 run as its own {@code java -jar} process on a free loopback
 * port, requiring a fixed test key (AWS Signature Version 4), its objects in memory or in a directory (each bucket
 * a folder, each key a file under it, so a test can lay a dataset there with plain file copies). The jar comes from
 * the system property {@code seislens.s3proxy.jar} or the local Maven repository, where {@code .ci/setup} puts it
 * ({@code mvn dependency:get -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies}). Nothing here needs
 * SWT: headless test fragments use it too.
 */
public final class S3ProxyServer implements AutoCloseable {

    /** The test key id. */
    public static final String ACCESS_KEY = "seislens-test"; //$NON-NLS-1$
    /** The test secret. */
    public static final String SECRET_KEY = "seislens-test-secret"; //$NON-NLS-1$

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a server that keeps its objects in memory.
     *
     * @param workDir where its properties and log go
     * @return the running server
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static S3ProxyServer start(Path workDir) throws IOException, InterruptedException {
        return start(workDir, null);
    }

    /**
     * @param workDir where its properties and log go
     * @param storage the directory that holds the buckets (one folder each), or {@code null} to keep objects in
     *            memory
     * @return the running server
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static S3ProxyServer start(Path workDir, @Nullable Path storage) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("seislens.s3proxy.jar", System.getProperty("user.home") //$NON-NLS-1$ //$NON-NLS-2$
                + "/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar")); //$NON-NLS-1$
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run .ci/setup, or mvn dependency:get " //$NON-NLS-1$
                    + "-Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies"); //$NON-NLS-1$
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path properties = workDir.resolve("s3proxy.properties"); //$NON-NLS-1$
        String provider = storage == null ? "jclouds.provider=transient" //$NON-NLS-1$
                : "jclouds.provider=filesystem\njclouds.filesystem.basedir=" + storage.toAbsolutePath(); //$NON-NLS-1$
        Files.writeString(properties, String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port, //$NON-NLS-1$ //$NON-NLS-2$
                "s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY, //$NON-NLS-1$ //$NON-NLS-2$
                "s3proxy.credential=" + SECRET_KEY, provider, "jclouds.identity=unused", //$NON-NLS-1$ //$NON-NLS-2$
                "jclouds.credential=unused", "")); //$NON-NLS-1$ //$NON-NLS-2$
        String java = ProcessHandle.current().info().command().orElse("java"); //$NON-NLS-1$
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(), "--properties", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                properties.toString())).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("s3proxy.log").toFile()).start(); //$NON-NLS-1$
        S3ProxyServer server = new S3ProxyServer(p, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!server.listening()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException(
                        "s3proxy did not start: " + Files.readString(workDir.resolve("s3proxy.log"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            // Polls a port of a process that says nothing when it is ready; no event to wait on.
            Thread.sleep(50);
        }
        return server;
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200); //$NON-NLS-1$
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** @return its URL, {@code http://127.0.0.1:<port>} */
    public String endpoint() {
        return "http://127.0.0.1:" + port; //$NON-NLS-1$
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
