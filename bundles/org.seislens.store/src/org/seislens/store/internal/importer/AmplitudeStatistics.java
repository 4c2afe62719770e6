package org.seislens.store.internal.importer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

import org.seislens.core.SampleType;

/**
 * Running amplitude statistics (min, max, mean, rms) over samples stored in a {@link SampleType}, summed in
 * double precision. One instance per thread; {@link #merge} combines them at the end. Non-finite values
 * are counted apart and left out of the sums.
 */
public final class AmplitudeStatistics {

    private static final int BLOCK = 4096;

    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private double sumOfSquares;
    private long count;
    private long nonFinite;

    /**
     * Adds samples stored little-endian in {@code type}.
     *
     * @param buffer the samples
     * @param offset byte offset of the first sample
     * @param samples number of samples
     * @param type their type
     */
    public void add(ByteBuffer buffer, int offset, int samples, SampleType type) {
        ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int size = type.byteSize();
        int end = offset + samples * size;
        switch (type) {
        case FLOAT32 -> addFloats(b, offset, samples);
        case FLOAT64 -> {
            for (int at = offset; at < end; at += 8) {
                accept(b.getDouble(at));
            }
        }
        case INT8 -> {
            for (int at = offset; at < end; at++) {
                accept(b.get(at));
            }
        }
        case UINT8 -> {
            for (int at = offset; at < end; at++) {
                accept(b.get(at) & 0xFF);
            }
        }
        case INT16 -> {
            for (int at = offset; at < end; at += 2) {
                accept(b.getShort(at));
            }
        }
        case UINT16 -> {
            for (int at = offset; at < end; at += 2) {
                accept(b.getShort(at) & 0xFFFF);
            }
        }
        case INT32 -> {
            for (int at = offset; at < end; at += 4) {
                accept(b.getInt(at));
            }
        }
        case UINT32 -> {
            for (int at = offset; at < end; at += 4) {
                accept(b.getInt(at) & 0xFFFF_FFFFL);
            }
        }
        case INT64 -> {
            for (int at = offset; at < end; at += 8) {
                accept(b.getLong(at));
            }
        }
        case UINT64 -> {
            for (int at = offset; at < end; at += 8) {
                long v = b.getLong(at);
                accept(v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1));
            }
        }
        default -> throw new IllegalArgumentException(type.toString());
        }
    }

    /**
     * The common case, kept free of branches so the JIT can unroll it: float minimum and maximum, and four
     * interleaved double sums (a single sum would wait on each addition). A NaN or an infinity poisons the
     * block's results, which is checked once per block; such a block is redone value by value.
     */
    private void addFloats(ByteBuffer b, int offset, int samples) {
        FloatBuffer f = b.duplicate().position(offset).slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        for (int start = 0; start < samples; start += BLOCK) {
            int end = Math.min(samples, start + BLOCK);
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            double s0 = 0, s1 = 0, q0 = 0, q1 = 0;
            int i = start;
            for (; i + 1 < end; i += 2) {
                float a = f.get(i);
                float c = f.get(i + 1);
                lo = Math.min(lo, Math.min(a, c));
                hi = Math.max(hi, Math.max(a, c));
                s0 += a;
                s1 += c;
                q0 += (double) a * a;
                q1 += (double) c * c;
            }
            if (i < end) {
                float a = f.get(i);
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
                s0 += a;
                q0 += (double) a * a;
            }
            double q = q0 + q1;
            if (Float.isFinite(lo) && Float.isFinite(hi) && Double.isFinite(q)) {
                min = Math.min(min, lo);
                max = Math.max(max, hi);
                sum += s0 + s1;
                sumOfSquares += q;
                count += end - start;
            } else {
                for (int j = start; j < end; j++) {
                    accept(f.get(j));
                }
            }
        }
    }

    private void accept(double v) {
        if (Double.isFinite(v)) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
            sum += v;
            sumOfSquares += v * v;
            count++;
        } else {
            nonFinite++;
        }
    }

    /**
     * @param other statistics of other samples, added to these
     */
    public synchronized void merge(AmplitudeStatistics other) {
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
        count += other.count;
        nonFinite += other.nonFinite;
    }

    /** @return the smallest finite sample, or 0 when there is none */
    public double min() {
        return count == 0 ? 0 : min;
    }

    /** @return the largest finite sample, or 0 when there is none */
    public double max() {
        return count == 0 ? 0 : max;
    }

    /** @return the mean of the finite samples */
    public double mean() {
        return count == 0 ? 0 : sum / count;
    }

    /** @return the root mean square of the finite samples */
    public double rms() {
        return count == 0 ? 0 : Math.sqrt(sumOfSquares / count);
    }

    /** @return the number of finite samples */
    public long count() {
        return count;
    }

    /** @return the number of NaN or infinite samples */
    public long nonFinite() {
        return nonFinite;
    }
}
