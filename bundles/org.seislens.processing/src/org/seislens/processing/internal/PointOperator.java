package org.seislens.processing.internal;

/**
 * An operator whose output sample depends on its input sample alone (and on the sample's position), with a
 * stateless kernel shared by every thread.
 *
 * @param shared the kernel
 * @param usesHeaders whether it needs the delay and offset headers
 */
record PointOperator(TraceKernel shared, boolean usesHeaders) implements TraceOperator {

    PointOperator(TraceKernel shared) {
        this(shared, false);
    }

    @Override
    public Halo halo() {
        return Halo.NONE;
    }

    @Override
    public TraceKernel kernel() {
        return shared;
    }
}
