package org.seislens.core;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What a {@link SegyExportService} writes. Every {@code null} (or empty) choice keeps the source's own, so
 * {@link #reproduce()} writes the file the dataset came from.
 *
 * @param formatCode the SEG-Y sample format code to write: 1 (IBM float), 2 (int32), 3 (int16), 5 (IEEE float)
 *            or 8 (int8); {@code null} for the source's (IEEE float when a chain processes the samples)
 * @param byteOrder the byte order to write; {@code null} for the source's
 * @param kind SEG-Y or Seismic Unix; {@code null} for the source's
 * @param traces the traces to write, a range {@code [start, end)} of dataset indices; {@code null} for all
 * @param key an indexed header key selecting ensembles by {@code keyValues} or {@code keyRange}; {@code null} for none
 * @param keyValues the key's values whose ensembles are written, in this order
 * @param keyRange the inclusive range {@code [lo, hi]} of key values whose ensembles are written, in index
 *            order; {@code null} when {@code keyValues} are given
 * @param samples the samples to write, {@code [start, end)}; {@code null} for all
 * @param autoScale whether values that do not fit an integer format are scaled to fit (the scale is recorded
 *            in the textual header) rather than refused
 * @param chain a processing chain file applied to the samples; {@code null} for the stored samples
 * @param force whether an existing target file is replaced
 * @param dropKilled whether traces killed by the dataset's trace edits are left out rather than written as zeros
 *            marked dead (trace identification code 2)
 */
public record ExportOptions(@Nullable Integer formatCode, @Nullable ByteOrder byteOrder, @Nullable SourceKind kind,
        @Nullable Range traces, @Nullable String key, List<Long> keyValues, @Nullable Range keyRange,
        @Nullable Range samples, boolean autoScale, @Nullable Path chain, boolean force, boolean dropKilled) {

    /**
     * A range of indices or values.
     *
     * @param start the first
     * @param end the last, exclusive for traces and samples, inclusive for key values
     */
    public record Range(long start, long end) {
    }

    /**
     * Freezes the list.
     */
    public ExportOptions {
        keyValues = List.copyOf(keyValues);
    }

    /**
     * Options that write killed traces as dead traces.
     *
     * @param formatCode see the record
     * @param byteOrder see the record
     * @param kind see the record
     * @param traces see the record
     * @param key see the record
     * @param keyValues see the record
     * @param keyRange see the record
     * @param samples see the record
     * @param autoScale see the record
     * @param chain see the record
     * @param force see the record
     */
    public ExportOptions(@Nullable Integer formatCode, @Nullable ByteOrder byteOrder, @Nullable SourceKind kind,
            @Nullable Range traces, @Nullable String key, List<Long> keyValues, @Nullable Range keyRange,
            @Nullable Range samples, boolean autoScale, @Nullable Path chain, boolean force) {
        this(formatCode, byteOrder, kind, traces, key, keyValues, keyRange, samples, autoScale, chain, force, false);
    }

    /**
     * @param force whether an existing target file is replaced
     * @return options that write the source file again
     */
    public static ExportOptions reproduce(boolean force) {
        return new ExportOptions(null, null, null, null, null, List.of(), null, null, false, null, force, false);
    }
}
