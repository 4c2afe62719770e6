package org.seislens.segy.internal;

/**
 * Why one byte order does not give a readable layout. The stage tells how far the probe got, so that
 * when both byte orders fail the one that got further explains the file best.
 */
final class ProbeFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The format code is unknown: the byte order is most likely wrong. */
    static final int FORMAT = 0;
    /** The format is known but not supported. */
    static final int UNSUPPORTED = 1;
    /** The extended textual header count does not fit the file. */
    static final int EXTENDED_HEADERS = 2;
    /** No sample count fits the file size. */
    static final int SIZE = 3;
    /** The sizes fit but the trace headers show the traces do not line up. */
    static final int TRACE_HEADERS = 4;

    private final int stage;

    ProbeFailure(int stage, String cause) {
        super(cause, null, false, false);
        this.stage = stage;
    }

    int stage() {
        return stage;
    }
}
