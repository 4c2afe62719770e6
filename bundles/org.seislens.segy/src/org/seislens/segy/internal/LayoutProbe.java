package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;

/** Works out the layout of a SEG-Y or Seismic Unix file when it is opened. */
public final class LayoutProbe {

    /** Builds the layout one byte order gives, or says why it cannot. */
    @FunctionalInterface
    interface Builder {
        Candidate build(ByteOrder order) throws ProbeFailure, SegyFormatException, IOException;
    }

    private LayoutProbe() {
    }

    /**
     * @param file the file, for messages
     * @param channel an open channel on it
     * @param options the settings the caller fixed
     * @return the layout
     * @throws SegyFormatException if the file cannot be read as the kind asked or guessed
     * @throws IOException if reading fails
     */
    public static SegyLayout probe(Path file, FileChannel channel, OpenOptions options)
            throws SegyFormatException, IOException {
        long size = channel.size();
        FileKind kind = options.kind();
        if (kind == null) {
            kind = FileKind.fromFileName(file);
        }
        return kind == FileKind.SU ? SuProbe.probe(file, channel, size, options)
                : SegyProbe.probe(file, channel, size, options);
    }

    /**
     * Builds the layout in each candidate byte order and keeps the one that works; when both work the
     * higher score wins and the first order in the list wins a tie (noted as an anomaly). When none
     * works, the failure that got furthest explains the file.
     */
    static SegyLayout choose(Path file, List<ByteOrder> orders, Builder builder)
            throws SegyFormatException, IOException {
        Candidate best = null;
        boolean tie = false;
        List<ProbeFailure> failures = new ArrayList<>();
        List<ByteOrder> failedOrders = new ArrayList<>();
        for (ByteOrder order : orders) {
            try {
                Candidate candidate = builder.build(order);
                if (best == null || candidate.score() > best.score()) {
                    best = candidate;
                    tie = false;
                } else if (candidate.score() == best.score()) {
                    tie = true;
                }
            } catch (ProbeFailure failure) {
                failures.add(failure);
                failedOrders.add(order);
            }
        }
        if (best != null) {
            if (!tie) {
                return best.layout();
            }
            SegyLayout layout = best.layout();
            List<String> anomalies = new ArrayList<>(layout.anomalies());
            anomalies.add("both byte orders give a consistent layout; chose "
                    + HeaderChecks.orderName(layout.byteOrder()));
            return new SegyLayout(layout.file(), layout.kind(), layout.fileSize(), layout.byteOrder(),
                    layout.format(), layout.revisionMajor(), layout.revisionMinor(), layout.samplesPerTrace(),
                    layout.sampleInterval(), layout.traceCount(), layout.dataOffset(), layout.traceHeaderBytes(),
                    layout.traceSize(), layout.textualHeader(), layout.extendedTextualHeaders(),
                    layout.binaryHeader(), anomalies);
        }
        int deepest = -1;
        for (ProbeFailure failure : failures) {
            deepest = Math.max(deepest, failure.stage());
        }
        StringBuilder message = new StringBuilder();
        for (int i = 0; i < failures.size(); i++) {
            if (failures.get(i).stage() == deepest) {
                message.append(message.length() == 0 ? "" : "; ").append("read as ")
                        .append(HeaderChecks.orderName(failedOrders.get(i))).append(", ")
                        .append(failures.get(i).getMessage());
            }
        }
        throw new SegyFormatException(file, message.toString());
    }
}
