package org.seislens.ui.internal.qc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.QcAttributes;
import org.seislens.core.TraceHeaders;

/**
 * The positions of a dataset's sources (one per shot, by {@code field_record}) and receivers (one per distinct
 * group position), with {@code coordinate_scalar} applied, and which source and receiver each trace belongs to, so
 * that any per-trace attribute can be averaged per shot or per receiver.
 *
 * @param shots the field_record of each source
 * @param sourceX source x of each shot
 * @param sourceY source y of each shot
 * @param receiverX x of each receiver
 * @param receiverY y of each receiver
 * @param shotOfTrace the shot of each trace (index into {@code shots})
 * @param receiverOfTrace the receiver of each trace
 */
public record QcMapData(long[] shots, double[] sourceX, double[] sourceY, double[] receiverX, double[] receiverY,
        int[] shotOfTrace, int[] receiverOfTrace) {

    /** The key that groups traces into shots. */
    public static final String SHOT_KEY = "field_record"; //$NON-NLS-1$

    private static final List<String> COLUMNS = List.of(SHOT_KEY, "source_x", "source_y", "group_x", "group_y", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "coordinate_scalar"); //$NON-NLS-1$

    /** How many traces are read per header request. */
    private static final int BLOCK = 65_536;

    /**
     * Reads the positions from the trace headers.
     *
     * @param dataset the dataset
     * @param monitor progress and cancellation
     * @return the positions
     * @throws DatasetException if the headers cannot be read or lack the coordinate columns
     */
    public static QcMapData read(Dataset dataset, IProgressMonitor monitor) throws DatasetException {
        List<String> have = dataset.descriptor().headerColumns();
        for (String c : COLUMNS) {
            if (!have.contains(c)) {
                throw new DatasetException(dataset.descriptor().location(), "has no " + c + " header"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        int n = Math.toIntExact(dataset.descriptor().traceCount());
        SubMonitor progress = SubMonitor.convert(monitor, (n + BLOCK - 1) / BLOCK);
        Map<Long, Integer> shotIds = new HashMap<>();
        Map<List<Double>, Integer> receiverIds = new HashMap<>();
        Positions sources = new Positions();
        Positions receivers = new Positions();
        long[] shotValues = new long[16];
        int[] shotOf = new int[n];
        int[] receiverOf = new int[n];
        for (int start = 0; start < n; start += BLOCK) {
            long[] traces = new long[Math.min(BLOCK, n - start)];
            for (int i = 0; i < traces.length; i++) {
                traces[i] = start + i;
            }
            TraceHeaders h = dataset.headers(traces, COLUMNS, progress.split(1));
            for (int row = 0; row < traces.length; row++) {
                double scale = scale(h.value(row, "coordinate_scalar")); //$NON-NLS-1$
                long shot = h.value(row, SHOT_KEY);
                Integer s = shotIds.get(Long.valueOf(shot));
                if (s == null) {
                    s = Integer.valueOf(shotIds.size());
                    shotIds.put(Long.valueOf(shot), s);
                    sources.add(h.value(row, "source_x") * scale, h.value(row, "source_y") * scale); //$NON-NLS-1$ //$NON-NLS-2$
                    if (s.intValue() == shotValues.length) {
                        shotValues = java.util.Arrays.copyOf(shotValues, 2 * shotValues.length);
                    }
                    shotValues[s.intValue()] = shot;
                }
                shotOf[start + row] = s.intValue();
                double gx = h.value(row, "group_x") * scale; //$NON-NLS-1$
                double gy = h.value(row, "group_y") * scale; //$NON-NLS-1$
                Integer r = receiverIds.get(List.of(Double.valueOf(gx), Double.valueOf(gy)));
                if (r == null) {
                    r = Integer.valueOf(receiverIds.size());
                    receiverIds.put(List.of(Double.valueOf(gx), Double.valueOf(gy)), r);
                    receivers.add(gx, gy);
                }
                receiverOf[start + row] = r.intValue();
            }
        }
        return new QcMapData(java.util.Arrays.copyOf(shotValues, shotIds.size()), sources.x(), sources.y(),
                receivers.x(), receivers.y(), shotOf, receiverOf);
    }

    /**
     * @param scalar a SEG-Y coordinate scalar
     * @return the factor it stands for: negative divides, positive multiplies, zero is one
     */
    static double scale(long scalar) {
        return scalar == 0 ? 1 : scalar > 0 ? scalar : -1.0 / scalar;
    }

    /**
     * Averages a per-trace attribute per shot or per receiver.
     *
     * @param attributes the attributes of the dataset's QC run
     * @param name an attribute, or {@link #FLAGGED} for the fraction of flagged traces
     * @param perShot per shot, or else per receiver
     * @return the mean of each shot or receiver, NaN where none of its traces has a value
     */
    public double[] mean(QcAttributes attributes, String name, boolean perShot) {
        int[] groupOf = perShot ? shotOfTrace : receiverOfTrace;
        int groups = perShot ? shots.length : receiverX.length;
        double[] sum = new double[groups];
        int[] count = new int[groups];
        double[] values = attributes.values().get(name);
        long[] traces = attributes.traceIndices();
        for (int row = 0; row < traces.length; row++) {
            if (traces[row] >= groupOf.length) {
                continue;
            }
            double v = values != null ? values[row] : attributes.flags().get(row).isEmpty() ? 0 : 1;
            if (Double.isFinite(v)) {
                int g = groupOf[(int) traces[row]];
                sum[g] += v;
                count[g]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            sum[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
        }
        return sum;
    }

    /** The name that colours by the fraction of flagged traces. */
    public static final String FLAGGED = "flagged"; //$NON-NLS-1$

    /** Grows two coordinate arrays. */
    private static final class Positions {
        private double[] xs = new double[64];
        private double[] ys = new double[64];
        private int size;

        void add(double x, double y) {
            if (size == xs.length) {
                xs = java.util.Arrays.copyOf(xs, 2 * size);
                ys = java.util.Arrays.copyOf(ys, 2 * size);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        double[] x() {
            return java.util.Arrays.copyOf(xs, size);
        }

        double[] y() {
            return java.util.Arrays.copyOf(ys, size);
        }
    }

    /**
     * @param perShot sources, or else receivers
     * @param x an x coordinate
     * @param y a y coordinate
     * @param within the largest distance
     * @return the nearest source or receiver within that distance, or -1
     */
    public int nearest(boolean perShot, double x, double y, double within) {
        double[] xs = perShot ? sourceX : receiverX;
        double[] ys = perShot ? sourceY : receiverY;
        int best = -1;
        double bestD = within * within;
        for (int i = 0; i < xs.length; i++) {
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /** @return a short description, for the status line */
    @Override
    public String toString() {
        return shots.length + " sources, " + receiverX.length + " receivers"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param values some values
     * @return the finite minimum and maximum, or {@code null} when none is finite
     */
    static double @Nullable [] range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? null : new double[] { min, max };
    }
}
