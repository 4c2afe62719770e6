package org.seislens.store.internal.storage;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Who is writing a dataset into object storage: the object {@value #NAME} under the dataset's prefix, written
 * before any of its objects and deleted after its metadata.json, and rewritten every {@link #REFRESH} meanwhile.
 * Objects cannot be locked, so a cleanup tells a dead writer from a live one by this marker: a writer on this
 * host whose process is gone is dead at once; one elsewhere once its marker is older than {@link #STALE}.
 *
 * @param host the writer's host name
 * @param pid the writer's process id
 * @param processStart when the writer's process started (pids are reused), empty if unknown
 */
public record WriteMarker(String host, long pid, String processStart) {

    /** The marker's object name under a dataset prefix. */
    public static final String NAME = ".seislens-writing"; //$NON-NLS-1$
    /** How often a writer rewrites its marker. */
    static final Duration REFRESH = Duration.ofSeconds(30);
    /** How old the marker of a writer on another host must be for the writer to count as dead. */
    public static final Duration STALE = Duration.ofMinutes(5);

    /** @return the marker of this process */
    static WriteMarker ofThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new WriteMarker(hostName(), self.pid(), self.info().startInstant().map(Instant::toString).orElse("")); //$NON-NLS-1$
    }

    /** @return the marker's content: three lines */
    byte[] bytes() {
        return (host + "\n" + pid + "\n" + processStart + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param bytes a marker's content
     * @return the marker, or {@code null} if the content is not one
     */
    static @Nullable WriteMarker parse(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1); //$NON-NLS-1$
        if (lines.length < 3) {
            return null;
        }
        try {
            return new WriteMarker(lines[0], Long.parseLong(lines[1].strip()), lines[2].strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param written when the marker was last written, as the server tells
     * @param now the time now
     * @return whether its writer may still be running
     */
    boolean writerMayBeAlive(Instant written, Instant now) {
        if (host.equals(hostName())) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            return process.isPresent() && process.get().isAlive() && (processStart.isEmpty()
                    || process.get().info().startInstant().map(Instant::toString).orElse("").equals(processStart)); //$NON-NLS-1$
        }
        return written.plus(STALE).isAfter(now);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost"; //$NON-NLS-1$
        }
    }
}
