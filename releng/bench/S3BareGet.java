import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The S3 server's own cost, without SeisLens: unsigned GETs of chunk objects over one java.net.http client
 * (HTTP/1.1, connections kept alive), as SeisLens sends them. Prints one JSON object: the p50 and p99 of single
 * sequential GETs of one chunk, and of batches of {@code batch} distinct chunks fetched with up to
 * {@code inFlight} at once (what a cold window costs at best against this server).
 *   java releng/bench/S3BareGet.java <endpoint> <bucket> <dataset-prefix> [batch 40] [in-flight 48] [rounds 30]
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // Chunk keys row.column of the samples array: rows 0.., columns 0..3 (1500 samples in chunks of 250).
        List<URI> chunks = new ArrayList<>();
        for (int row = 0; chunks.size() < batch * rounds; row++) {
            for (int col = 0; col < 4; col++) {
                chunks.add(URI.create(endpoint + "/" + bucket + "/" + prefix + "/samples.zarr/" + row + "." + col));
            }
        }
        URI one = chunks.get(0);
        for (int i = 0; i < 50; i++) {
            get(http, one);
        }
        double[] single = new double[200];
        for (int i = 0; i < single.length; i++) {
            long t0 = System.nanoTime();
            get(http, one);
            single[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] batches = new double[rounds];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management
                .ManagementFactory.getOperatingSystemMXBean();
        long server0 = cpuMs(serverPid);
        long client0 = os.getProcessCpuTime();
        for (int r = 0; r < rounds; r++) {
            List<URI> keys = chunks.subList(r * batch, (r + 1) * batch);
            Semaphore slots = new Semaphore(inFlight);
            long t0 = System.nanoTime();
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (URI k : keys) {
                slots.acquire();
                all.add(http.sendAsync(HttpRequest.newBuilder(k).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                        .whenComplete((resp, e) -> slots.release()).thenApply(S3BareGet::check));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            batches[r] = (System.nanoTime() - t0) / 1e6;
        }
        double serverCpu = serverPid < 0 ? -1 : (cpuMs(serverPid) - server0) / (double) rounds;
        double clientCpu = (os.getProcessCpuTime() - client0) / 1e6 / rounds;
        System.out.println(String.format(Locale.ROOT,
                "{\"get_p50_ms\": %.3f, \"get_p99_ms\": %.3f, \"batch\": %d, \"in_flight\": %d, "
                        + "\"batch_p50_ms\": %.3f, \"batch_min_ms\": %.3f, \"batch_p99_ms\": %.3f, "
                        + "\"server_cpu_ms_per_batch\": %.2f, \"client_cpu_ms_per_batch\": %.2f}",
                p(single, 0.5), p(single, 0.99), batch, inFlight, p(batches, 0.5), Arrays.stream(batches).min()
                        .orElse(0), p(batches, 0.99), serverCpu, clientCpu));
    }

    /** @return the user and system CPU time of a process in ms (clock ticks of 10 ms), -1 without a pid */
    private static long cpuMs(long pid) throws java.io.IOException {
        if (pid < 0) {
            return -1;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    private static byte[] get(HttpClient http, URI uri) throws Exception {
        return check(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private static byte[] check(HttpResponse<byte[]> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static double p(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }
}
