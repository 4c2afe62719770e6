package org.seislens.cli.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * s3proxy 4.1.0 with in-memory storage and a fixed test key, run as its own {@code java -jar} process on a free
 * loopback port (the store tests' server, for the command line: test fragments cannot share classes). The jar
 * comes from the system property {@code seislens.s3proxy.jar} or the local Maven repository, where
 * {@code .ci/setup} puts it.
 */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "seislens-test";
    static final String SECRET_KEY = "seislens-test-secret";

    private final Process process;
    private final int port;

    private S3Server(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3Server start(Path workDir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("seislens.s3proxy.jar", System.getProperty("user.home")
                + "/.m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run .ci/setup");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
        S3Server server = new S3Server(p, port);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
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

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
