package org.seislens.processing.internal;

/**
 * One configured step of a chain, bound to a dataset's sampling: what it reads around each sample, and kernels
 * that compute it. Immutable and shared between threads.
 */
public interface TraceOperator {

    /** @return the samples around each output sample this operator reads */
    Halo halo();

    /** @return whether the kernels need the traces' delay recording time and offset headers */
    default boolean usesHeaders() {
        return false;
    }

    /** @return a new kernel for one thread */
    TraceKernel kernel();
}
