import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The S3 server's own cost, without SeisLens: unsigned GETs of chunk objects, each body read whole into an array.
 * Prints one JSON object: the p50 and p99 of single sequential GETs of one chunk, and of batches of {@code batch}
 * distinct chunks fetched by {@code inFlight} threads at once (what a cold window costs at best against this
 * server), after one untimed pass over every batch. Given the server's process id, also the CPU time the server and
 * this client spent per batch (from /proc and the JVM): on a machine of few cores their sum over the cores bounds
 * the batch's time from below.
 * Clients: {@code raw} (default), blocking sockets kept alive, one request written in one go and the body read by
 * its Content-Length, as SeisLens sends them; {@code jdk}, java.net.http's HttpClient (HTTP/1.1, kept alive).
 *   java releng/bench/S3BareGet.java <endpoint> <bucket> <dataset-prefix> [batch 40] [in-flight 48] [rounds 30]
 *        [server pid or -1] [raw|jdk]
 */
public class S3BareGet {

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        String bucket = args[1];
        String prefix = args[2];
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int inFlight = args.length > 4 ? Integer.parseInt(args[4]) : 48;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        long serverPid = args.length > 6 ? Long.parseLong(args[6]) : -1;
        String kind = args.length > 7 ? args[7] : "raw";
        Client client = kind.equals("jdk") ? new Jdk() : new Raw(URI.create(endpoint));
        // Chunk keys row.column of the samples array: rows 0.., columns 0..3 (1500 samples in chunks of 250).
        List<URI> chunks = new ArrayList<>();
        for (int row = 0; chunks.size() < batch * rounds; row++) {
            for (int col = 0; col < 4; col++) {
                chunks.add(URI.create(endpoint + "/" + bucket + "/" + prefix + "/samples.zarr/" + row + "." + col));
            }
        }
        URI one = chunks.get(0);
        for (int i = 0; i < 50; i++) {
            client.get(one);
        }
        double[] single = new double[200];
        for (int i = 0; i < single.length; i++) {
            long t0 = System.nanoTime();
            client.get(one);
            single[i] = (System.nanoTime() - t0) / 1e6;
        }
        ExecutorService threads = Executors.newFixedThreadPool(inFlight);
        double[] batches = new double[rounds];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management
                .ManagementFactory.getOperatingSystemMXBean();
        long server0 = 0;
        long client0 = 0;
        for (int pass = 0; pass < 2; pass++) {
            server0 = cpuMs(serverPid);
            client0 = os.getProcessCpuTime();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<Future<byte[]>> all = new ArrayList<>();
                for (URI k : chunks.subList(r * batch, (r + 1) * batch)) {
                    all.add(threads.submit(() -> client.get(k)));
                }
                for (Future<byte[]> f : all) {
                    f.get();
                }
                batches[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        double serverCpu = serverPid < 0 ? -1 : (cpuMs(serverPid) - server0) / (double) rounds;
        double clientCpu = (os.getProcessCpuTime() - client0) / 1e6 / rounds;
        threads.shutdown();
        System.out.println(String.format(Locale.ROOT,
                "{\"client\": \"%s\", \"get_p50_ms\": %.3f, \"get_p99_ms\": %.3f, \"batch\": %d, \"in_flight\": %d, "
                        + "\"batch_p50_ms\": %.3f, \"batch_min_ms\": %.3f, \"batch_p99_ms\": %.3f, "
                        + "\"server_cpu_ms_per_batch\": %.2f, \"client_cpu_ms_per_batch\": %.2f}",
                kind, p(single, 0.5), p(single, 0.99), batch, inFlight, p(batches, 0.5),
                Arrays.stream(batches).min().orElse(0), p(batches, 0.99), serverCpu, clientCpu));
    }

    private interface Client {
        byte[] get(URI uri) throws Exception;
    }

    private static final class Jdk implements Client {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        @Override
        public byte[] get(URI uri) throws Exception {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
            return r.body();
        }
    }

    private static final class Raw implements Client {

        private final String host;
        private final int port;
        private final ConcurrentLinkedDeque<Socket> idle = new ConcurrentLinkedDeque<>();
        private final java.util.Map<Socket, InputStream> readers = new java.util.concurrent.ConcurrentHashMap<>();

        Raw(URI endpoint) {
            host = endpoint.getHost();
            port = endpoint.getPort();
        }

        @Override
        public byte[] get(URI uri) throws IOException {
            Socket s = idle.pollFirst();
            if (s == null) {
                s = new Socket(host, port);
                s.setTcpNoDelay(true);
            }
            OutputStream out = s.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // One reader per socket, kept with it: an unbuffered stream would cost a system call per header byte.
            InputStream in = readers.computeIfAbsent(s, k -> {
                try {
                    return new BufferedInputStream(k.getInputStream(), 16 << 10);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            String status = line(in);
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException(uri + " answered " + status);
            }
            int length = -1;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                if (h.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).trim());
                }
            }
            byte[] body = new byte[length];
            for (int done = 0; done < length;) {
                int n = in.read(body, done, length - done);
                if (n < 0) {
                    throw new IOException("short body");
                }
                done += n;
            }
            idle.offerFirst(s);
            return body;
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }
    }

    /** @return the user and system CPU time of a process in ms (clock ticks of 10 ms), -1 without a pid */
    private static long cpuMs(long pid) throws IOException {
        if (pid < 0) {
            return -1;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static double p(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }
}
