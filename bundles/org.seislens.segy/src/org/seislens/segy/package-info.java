/**
 * Streaming SEG-Y (revisions 0, 1 and 2.x) and Seismic Unix reading and writing, in pure Java.
 * <p>
 * {@link org.seislens.segy.SegyReader} opens a file, works out its {@link org.seislens.segy.SegyLayout}
 * (byte order, sample format, sample count, trace count, textual and binary headers, tolerated
 * anomalies) without reading the traces, and hands out a {@link org.seislens.segy.TraceCursor} that
 * reads many traces per block into one reusable buffer. {@link org.seislens.segy.SampleCodec} turns
 * raw samples into {@code float}, {@code double} or the exact little-endian storage type of their
 * {@link org.seislens.segy.SampleFormat}; {@link org.seislens.segy.TraceHeaderField} reads and writes
 * one trace header word without allocating. {@link org.seislens.segy.TraceBatch} reads a run of traces
 * (or one band of their samples, for long traces) into a reusable buffer on one thread and decodes it on
 * another: samples into their storage type, headers into {@link org.seislens.segy.TraceHeaderColumns}, one
 * {@code int} column per word. {@link org.seislens.segy.SegyWriter} writes files in any supported format and
 * byte order. Nothing here buffers a whole file.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.segy;
