package org.seislens.processing.internal;

/**
 * An operator that reads the whole trace for every output sample, with a stateless kernel shared by every
 * thread.
 *
 * @param shared the kernel
 */
record WholeTraceOperator(TraceKernel shared) implements TraceOperator {

    @Override
    public Halo halo() {
        return Halo.WHOLE_TRACE;
    }

    @Override
    public TraceKernel kernel() {
        return shared;
    }
}
