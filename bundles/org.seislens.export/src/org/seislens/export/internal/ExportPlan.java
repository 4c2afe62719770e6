package org.seislens.export.internal;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seislens.core.ByteOrders;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.ExportOptions;
import org.seislens.core.SourceHeaders;
import org.seislens.core.SourceKind;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.BinaryHeaderField;
import org.seislens.segy.FileKind;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.WriterSettings;

/**
 * What an export writes, resolved from its options and the dataset: the writer's settings, the samples kept,
 * the file headers (changed where the options change the file, with a note of the change in the textual
 * header) and whether trace headers need their sample count and delay rewritten.
 *
 * @param settings the writer's settings
 * @param sampleStart the first sample written
 * @param sampleEnd the end of the samples written, exclusive
 * @param delayShiftMillis milliseconds added to each trace's delay recording time
 * @param binary the binary header (not written for Seismic Unix)
 * @param textual the textual headers, main first; empty for Seismic Unix
 * @param sourceOrder the byte order of the stored raw trace headers
 * @param changes what differs from the source, in words; empty when the source is reproduced
 */
record ExportPlan(WriterSettings settings, int sampleStart, int sampleEnd, int delayShiftMillis,
        BinaryHeader binary, List<byte[]> textual, ByteOrder sourceOrder, List<String> changes) {

    /** The formats an export writes. */
    static final List<SampleFormat> WRITABLE = List.of(SampleFormat.IBM_FLOAT32, SampleFormat.INT32,
            SampleFormat.INT16, SampleFormat.IEEE_FLOAT32, SampleFormat.INT8);

    /**
     * @param d the dataset
     * @param source its source's headers
     * @param options the export options
     * @param selection the traces chosen
     * @param scale the factor samples are multiplied by (1 for none)
     * @param editsNote what the trace edits change, in words; "" for nothing
     * @param additionalKept whether the dataset keeps the source's rev 2 additional trace headers, which a SEG-Y
     *            export then writes back
     * @return the plan
     * @throws DatasetException naming the dataset when an option does not fit it
     */
    static ExportPlan of(DatasetDescriptor d, SourceHeaders source, ExportOptions options, TraceSelection selection,
            double scale, String editsNote, boolean additionalKept) throws DatasetException {
        Path location = d.location();
        List<String> changes = new ArrayList<>();
        if (!selection.description().isEmpty()) {
            changes.add(selection.description());
        }
        FileKind kind = options.kind() == null ? (source.kind() == SourceKind.SU ? FileKind.SU : FileKind.SEGY)
                : (options.kind() == SourceKind.SU ? FileKind.SU : FileKind.SEGY);
        if (kind != (source.kind() == SourceKind.SU ? FileKind.SU : FileKind.SEGY)) {
            changes.add("kind " + kind.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        }
        SampleFormat format = format(location, source, options, kind);
        if (format.code() != source.formatCode()) {
            changes.add("format " + format.code()); //$NON-NLS-1$
        }
        ByteOrder chosen = options.byteOrder();
        ByteOrder order = chosen != null ? chosen : source.byteOrder();
        if (order != source.byteOrder()) {
            changes.add(ByteOrders.word(order) + " endian"); //$NON-NLS-1$
        }
        int s0 = 0;
        int s1 = d.sampleCount();
        ExportOptions.Range samples = options.samples();
        if (samples != null) {
            if (samples.start() < 0 || samples.end() > d.sampleCount() || samples.start() >= samples.end()) {
                throw new DatasetException(location, "samples " + samples.start() + ":" + samples.end() //$NON-NLS-1$ //$NON-NLS-2$
                        + " are not a non-empty range inside the dataset's 0:" + d.sampleCount()); //$NON-NLS-1$
            }
            s0 = (int) samples.start();
            s1 = (int) samples.end();
            changes.add("samples " + s0 + ":" + s1); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int shift = (int) Math.round(s0 * d.sampleInterval() / 1000.0);
        if (scale != 1) {
            changes.add(String.format(Locale.ROOT, "scaled by %.6g", Double.valueOf(scale))); //$NON-NLS-1$
        }
        if (options.chain() != null) {
            changes.add("processed"); //$NON-NLS-1$
        }
        if (!editsNote.isEmpty()) {
            changes.add(editsNote);
        }
        int additional = kind == FileKind.SEGY && additionalKept ? source.additionalTraceHeaders() : 0;
        if (source.additionalTraceHeaders() > additional) {
            changes.add("no additional trace headers"); //$NON-NLS-1$
        }
        WriterSettings settings;
        try {
            settings = new WriterSettings(kind, format, order, s1 - s0, additional);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(location, e.getMessage(), e);
        }
        BinaryHeader binary = binary(source, format, s1 - s0, s1 - s0 != d.sampleCount(), additional);
        List<byte[]> textual = new ArrayList<>(kind == FileKind.SU ? List.of() : source.textualHeaders());
        if (kind == FileKind.SEGY && textual.isEmpty()) {
            textual.add(new byte[3200]);
        }
        if (!changes.isEmpty() && !textual.isEmpty()) {
            textual.set(0, TextualStamp.stamp(textual.get(0), String.join(", ", changes))); //$NON-NLS-1$
        }
        return new ExportPlan(settings, s0, s1, shift, binary, textual, source.byteOrder(), List.copyOf(changes));
    }

    private static SampleFormat format(Path location, SourceHeaders source, ExportOptions options, FileKind kind)
            throws DatasetException {
        Integer code = options.formatCode();
        if (kind == FileKind.SU) {
            if (code != null && code.intValue() != SampleFormat.IEEE_FLOAT32.code()) {
                throw new DatasetException(location, "Seismic Unix files hold IEEE floats (format 5), not format " //$NON-NLS-1$
                        + code);
            }
            return SampleFormat.IEEE_FLOAT32;
        }
        if (code == null) {
            code = options.chain() != null ? SampleFormat.IEEE_FLOAT32.code() : source.formatCode();
            SampleFormat same = SampleFormat.fromCode(code.intValue());
            if (same != null && WRITABLE.contains(same)) {
                return same;
            }
            // a source format the export cannot write (e.g. 64-bit): IEEE floats hold what was read
            return SampleFormat.IEEE_FLOAT32;
        }
        SampleFormat chosen = SampleFormat.fromCode(code.intValue());
        if (chosen == null || !WRITABLE.contains(chosen)) {
            throw new DatasetException(location, "cannot write sample format " + code + ": use 1, 2, 3, 5 or 8"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return chosen;
    }

    /** The source's binary header, with the words the export changes set; the sample counts only when cut. */
    private static BinaryHeader binary(SourceHeaders source, SampleFormat format, int samples, boolean cut,
            int additional) {
        byte[] raw = source.binaryHeader();
        if (raw.length != BinaryHeaderField.HEADER_BYTES) {
            return BinaryHeader.standard(source.byteOrder(), format, samples, 0);
        }
        BinaryHeader b = BinaryHeader.of(raw, source.byteOrder());
        if (b.get(BinaryHeaderField.FORMAT_CODE) != format.code()) {
            b = b.with(BinaryHeaderField.FORMAT_CODE, format.code());
        }
        if (source.additionalTraceHeaders() > additional) {
            b = b.with(BinaryHeaderField.MAX_ADDITIONAL_TRACE_HEADERS, additional);
        }
        if (!cut) {
            return b;
        }
        boolean extended = b.get(BinaryHeaderField.REVISION_MAJOR) >= 2 || samples > 0xFFFF;
        if (samples <= 0xFFFF && b.get(BinaryHeaderField.SAMPLES_PER_TRACE) != samples) {
            b = b.with(BinaryHeaderField.SAMPLES_PER_TRACE, samples);
        }
        if (extended && b.get(BinaryHeaderField.EXT_SAMPLES_PER_TRACE) != samples) {
            b = b.with(BinaryHeaderField.EXT_SAMPLES_PER_TRACE, samples);
        }
        return b;
    }
}
