import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 14: is writing an export's output through a memory mapping cheaper than write()? Writes a file the size
 * of the demo survey's SEG-Y (200 000 traces of a 240-byte header and 1500 big-endian floats, swapped from a
 * little-endian block as the export's IEEE copy does) either into a 0.8 MB block written with write() block by
 * block on one thread (the export's way), or straight into the file mapped region by region
 * (FileChannel.map with an Arena, unmapped deterministically) on N threads. Prints wall and process CPU.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 releng/bench/ExportWriteVsMap.java /dev/shm/x write
 * java -XX:TieredStopAtLevel=1 releng/bench/ExportWriteVsMap.java /dev/shm/x map 2 [region MB, 64]
 * </pre>
 */
public class ExportWriteVsMap {
    static final int TRACES = 200_000, NS = 1500, H = 240, TB = H + 4 * NS, BLOCK = 128;
    static final long SIZE = 3600L + (long) TRACES * TB;

    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[0], "write-vs-map.bin");
        String mode = a[1];
        int threads = a.length > 2 ? Integer.parseInt(a[2]) : 1;
        long region = (a.length > 3 ? Long.parseLong(a[3]) : 64) << 20;
        Files.deleteIfExists(out);
        ByteBuffer chunk = ByteBuffer.allocateDirect(BLOCK * NS * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < BLOCK * NS; i++) {
            chunk.putFloat(i * 4, i * 0.5f);
        }
        byte[] header = new byte[H];
        long t0 = System.nanoTime();
        if (mode.equals("write")) {
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer block = ByteBuffer.allocateDirect(BLOCK * TB).order(ByteOrder.BIG_ENDIAN);
                ch.write(ByteBuffer.allocate(3600));
                for (int first = 0; first < TRACES; first += BLOCK) {
                    int n = Math.min(BLOCK, TRACES - first);
                    encode(chunk, header, block, 0, n);
                    block.clear().limit(n * TB);
                    while (block.hasRemaining()) {
                        ch.write(block);
                    }
                    block.clear();
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.allocate(1), SIZE - 1);
                long at = 3600;
                for (long done = 0; done < TRACES;) {
                    long traces = Math.min(TRACES - done, region / TB);
                    try (Arena arena = Arena.ofShared()) {
                        MemorySegment mapped = ch.map(FileChannel.MapMode.READ_WRITE, at, traces * TB, arena);
                        ByteBuffer view = mapped.asByteBuffer().order(ByteOrder.BIG_ENDIAN);
                        int blocks = (int) ((traces + BLOCK - 1) / BLOCK);
                        List<Future<?>> parts = new ArrayList<>();
                        for (int t = 0; t < threads; t++) {
                            int me = t;
                            parts.add(pool.submit(() -> {
                                for (int b = me; b < blocks; b += threads) {
                                    encode(chunk, header, view, b * BLOCK * TB,
                                            (int) Math.min(BLOCK, traces - (long) b * BLOCK));
                                }
                            }));
                        }
                        for (Future<?> p : parts) {
                            p.get();
                        }
                    }
                    done += traces;
                    at += traces * TB;
                }
            } finally {
                pool.shutdown();
            }
        }
        double cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1e9;
        System.out.printf("%s %s, %d thread(s): %.3f s, process CPU %.3f s%n", a[0], mode, threads,
                (System.nanoTime() - t0) / 1e9, cpu);
        Files.delete(out);
    }

    /** Headers and byte-swapped samples of n traces into dst from index at, as the export's IEEE copy. */
    static void encode(ByteBuffer chunk, byte[] header, ByteBuffer dst, int at, int n) {
        FloatBuffer src = chunk.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        FloatBuffer floats = dst.duplicate().clear().order(ByteOrder.BIG_ENDIAN).asFloatBuffer();
        for (int t = 0; t < n; t++) {
            dst.put(at + t * TB, header);
            floats.put((at + t * TB + H) / 4, src, t * NS, NS);
        }
    }
}
