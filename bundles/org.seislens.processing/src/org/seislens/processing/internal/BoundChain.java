package org.seislens.processing.internal;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.TraceHeaders;

/**
 * A chain bound to one dataset: its operators in order, the halo of all of them together, and workers that run
 * them over blocks of traces. Shared between threads; each thread uses its own {@link Worker}.
 */
final class BoundChain {

    static final String DELAY = "delay_recording_time"; //$NON-NLS-1$
    static final String OFFSET = "offset"; //$NON-NLS-1$
    /** Idle workers kept: enough for every thread that processes windows at once. */
    private static final int MAX_IDLE_WORKERS = 2 * Runtime.getRuntime().availableProcessors() + 2;
    /**
     * Longest traces whose workers are kept idle: a worker holds a few buffers of a trace's length (about 1 MB at
     * this length), which long traces must not pin.
     */
    private static final int MAX_KEPT_TRACE_LENGTH = 16_384;

    private final List<TraceOperator> operators;
    private final String canonical;
    private final Halo halo;
    private final boolean usesHeaders;
    private final int traceLength;
    private final double dtMs;
    /** Workers not in use, most recently used first. */
    private final Deque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * @param operators the enabled steps, bound
     * @param canonical the chain's canonical JSON
     * @param traceLength samples per trace of the dataset
     * @param dtMs its sample interval in milliseconds
     */
    BoundChain(List<TraceOperator> operators, String canonical, int traceLength, double dtMs) {
        this.operators = List.copyOf(operators);
        this.canonical = canonical;
        this.traceLength = traceLength;
        this.dtMs = dtMs;
        Halo h = Halo.NONE;
        boolean headers = false;
        for (TraceOperator op : operators) {
            h = h.then(op.halo());
            headers |= op.usesHeaders();
        }
        this.halo = h;
        this.usesHeaders = headers;
    }

    /** @return the chain's canonical JSON */
    String canonical() {
        return canonical;
    }

    /** @return the halo of the whole chain */
    Halo halo() {
        return halo;
    }

    /**
     * @param sampleStart first output sample
     * @return the first sample to read for it
     */
    int readStart(int sampleStart) {
        return halo.wholeTrace() ? 0 : Math.max(0, sampleStart - halo.before());
    }

    /**
     * @param sampleEnd sample after the last output sample
     * @return the sample after the last one to read for it
     */
    int readEnd(int sampleEnd) {
        return halo.wholeTrace() ? traceLength : (int) Math.min(traceLength, (long) sampleEnd + halo.after());
    }

    /**
     * Reads the headers the chain needs, or nothing.
     *
     * @param source the dataset
     * @param traces the traces
     * @param monitor cancellation
     * @return delay and offset of each trace, or {@code null} when no operator needs them
     * @throws DatasetException if the headers cannot be read
     */
    @Nullable
    TraceHeaders headers(Dataset source, long[] traces, IProgressMonitor monitor) throws DatasetException {
        return usesHeaders ? source.headers(traces, List.of(DELAY, OFFSET), monitor) : null;
    }

    /** @return a new worker for one thread */
    Worker worker() {
        return new Worker();
    }

    /**
     * Runs an action with an idle worker, made when none is idle and kept for the next action afterwards (unless
     * traces are long): its transform plans and buffers serve window after window.
     *
     * @param action what to do with the worker; the worker is its alone until it returns
     */
    void withWorker(Consumer<Worker> action) {
        Worker w = idle.pollFirst();
        if (w != null) {
            idleCount.decrementAndGet();
        } else {
            w = new Worker();
        }
        try {
            action.accept(w);
        } finally {
            if (traceLength <= MAX_KEPT_TRACE_LENGTH && idleCount.incrementAndGet() <= MAX_IDLE_WORKERS) {
                idle.offerFirst(w);
            } else {
                idleCount.decrementAndGet();
            }
        }
    }

    /** Runs the chain trace by trace with one kernel per operator and a double-precision trace buffer. */
    final class Worker {

        private final TraceKernel[] kernels;
        private double[] trace = new double[0];

        Worker() {
            kernels = new TraceKernel[operators.size()];
            for (int i = 0; i < kernels.length; i++) {
                kernels[i] = operators.get(i).kernel();
            }
        }

        /**
         * Processes a block of trace segments read with this chain's halo and crops them to the output samples.
         *
         * @param in the segments read, trace-major, {@code readEnd - readStart} samples per trace
         * @param rowFrom first trace (row of the block) to process
         * @param rowTo trace after the last one to process
         * @param readStart first sample read, {@link #readStart} of {@code outStart}
         * @param readEnd sample after the last one read, {@link #readEnd} of {@code outEnd}
         * @param outStart first output sample
         * @param outEnd sample after the last output sample
         * @param headers delay and offset of each trace, when the chain needs them
         * @param out the output, trace-major, {@code outEnd - outStart} samples per trace; only the rows processed
         *            are written
         */
        void run(float[] in, int rowFrom, int rowTo, int readStart, int readEnd, int outStart, int outEnd,
                @Nullable TraceHeaders headers, float[] out) {
            int inCount = readEnd - readStart;
            int outCount = outEnd - outStart;
            if (trace.length < inCount) {
                trace = new double[inCount];
            }
            double[] x = trace;
            for (int t = rowFrom; t < rowTo; t++) {
                int base = t * inCount;
                for (int i = 0; i < inCount; i++) {
                    x[i] = in[base + i];
                }
                double delay = headers == null ? 0 : headers.value(t, DELAY);
                double offset = headers == null ? 0 : headers.value(t, OFFSET);
                TracePosition position = new TracePosition(readStart, traceLength, dtMs, delay, offset);
                for (TraceKernel k : kernels) {
                    k.apply(x, inCount, position);
                }
                int skip = outStart - readStart;
                int outBase = t * outCount;
                for (int i = 0; i < outCount; i++) {
                    out[outBase + i] = (float) x[skip + i];
                }
            }
        }
    }
}
