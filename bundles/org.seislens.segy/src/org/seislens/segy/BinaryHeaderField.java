package org.seislens.segy;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The words of the 400-byte SEG-Y binary file header (rev 2.1 layout; rev 0 and 1 use a subset), each
 * with its lower snake_case name, 1-based byte position in the file (3201-3600), size and type.
 * <p>
 * Sample counts and the format code are unsigned 16 bits; the sample intervals stay signed so that a
 * negative interval shows as the damage it is. The revision is two single bytes (major 3501, minor
 * 3502) as rev 2 defines; a rev 1 file's 0x0100 reads as major 1, minor 0. The maximum number of
 * additional trace headers is read from bytes 3507-3508, where segyio and rev 2.1 put it.
 */
public enum BinaryHeaderField {
    /** Job identification number. */
    JOB_ID("job_id", 3201, 4, Type.SIGNED),
    /** Line number. */
    LINE_NUMBER("line_number", 3205, 4, Type.SIGNED),
    /** Reel number. */
    REEL_NUMBER("reel_number", 3209, 4, Type.SIGNED),
    /** Number of data traces per ensemble. */
    TRACES_PER_ENSEMBLE("traces_per_ensemble", 3213, 2, Type.SIGNED),
    /** Number of auxiliary traces per ensemble. */
    AUX_TRACES_PER_ENSEMBLE("aux_traces_per_ensemble", 3215, 2, Type.SIGNED),
    /** Sample interval in microseconds (or Hz, m, ft for non-time data). */
    SAMPLE_INTERVAL("sample_interval", 3217, 2, Type.SIGNED),
    /** Sample interval of the original field recording. */
    ORIGINAL_SAMPLE_INTERVAL("original_sample_interval", 3219, 2, Type.SIGNED),
    /** Number of samples per data trace. */
    SAMPLES_PER_TRACE("samples_per_trace", 3221, 2, Type.UNSIGNED),
    /** Number of samples per data trace of the original field recording. */
    ORIGINAL_SAMPLES_PER_TRACE("original_samples_per_trace", 3223, 2, Type.UNSIGNED),
    /** Data sample format code, see {@link SampleFormat}. */
    FORMAT_CODE("format_code", 3225, 2, Type.UNSIGNED),
    /** Ensemble fold. */
    ENSEMBLE_FOLD("ensemble_fold", 3227, 2, Type.SIGNED),
    /** Trace sorting code. */
    SORTING_CODE("sorting_code", 3229, 2, Type.SIGNED),
    /** Vertical sum code. */
    VERTICAL_SUM_CODE("vertical_sum_code", 3231, 2, Type.SIGNED),
    /** Sweep frequency at start in Hz. */
    SWEEP_FREQUENCY_START("sweep_frequency_start", 3233, 2, Type.SIGNED),
    /** Sweep frequency at end in Hz. */
    SWEEP_FREQUENCY_END("sweep_frequency_end", 3235, 2, Type.SIGNED),
    /** Sweep length in milliseconds. */
    SWEEP_LENGTH("sweep_length", 3237, 2, Type.SIGNED),
    /** Sweep type code. */
    SWEEP_TYPE("sweep_type", 3239, 2, Type.SIGNED),
    /** Trace number of the sweep channel. */
    SWEEP_CHANNEL("sweep_channel", 3241, 2, Type.SIGNED),
    /** Sweep trace taper length at start in milliseconds. */
    SWEEP_TAPER_START("sweep_taper_start", 3243, 2, Type.SIGNED),
    /** Sweep trace taper length at end in milliseconds. */
    SWEEP_TAPER_END("sweep_taper_end", 3245, 2, Type.SIGNED),
    /** Taper type. */
    TAPER_TYPE("taper_type", 3247, 2, Type.SIGNED),
    /** Correlated data traces: 1 = no, 2 = yes. */
    CORRELATED_TRACES("correlated_traces", 3249, 2, Type.SIGNED),
    /** Binary gain recovered: 1 = yes, 2 = no. */
    BINARY_GAIN_RECOVERED("binary_gain_recovered", 3251, 2, Type.SIGNED),
    /** Amplitude recovery method. */
    AMPLITUDE_RECOVERY("amplitude_recovery", 3253, 2, Type.SIGNED),
    /** Measurement system: 1 = meters, 2 = feet. */
    MEASUREMENT_SYSTEM("measurement_system", 3255, 2, Type.SIGNED),
    /** Impulse signal polarity. */
    IMPULSE_SIGNAL_POLARITY("impulse_signal_polarity", 3257, 2, Type.SIGNED),
    /** Vibratory polarity code. */
    VIBRATORY_POLARITY("vibratory_polarity", 3259, 2, Type.SIGNED),
    /** Rev 2: extended number of data traces per ensemble. */
    EXT_TRACES_PER_ENSEMBLE("ext_traces_per_ensemble", 3261, 4, Type.SIGNED),
    /** Rev 2: extended number of auxiliary traces per ensemble. */
    EXT_AUX_TRACES_PER_ENSEMBLE("ext_aux_traces_per_ensemble", 3265, 4, Type.SIGNED),
    /** Rev 2: extended number of samples per data trace; overrides bytes 3221-3222 when nonzero. */
    EXT_SAMPLES_PER_TRACE("ext_samples_per_trace", 3269, 4, Type.SIGNED),
    /** Rev 2: extended sample interval, IEEE double; overrides bytes 3217-3218 when nonzero. */
    EXT_SAMPLE_INTERVAL("ext_sample_interval", 3273, 8, Type.FLOAT),
    /** Rev 2: extended sample interval of the original field recording, IEEE double. */
    EXT_ORIGINAL_SAMPLE_INTERVAL("ext_original_sample_interval", 3281, 8, Type.FLOAT),
    /** Rev 2: extended number of samples per trace of the original field recording. */
    EXT_ORIGINAL_SAMPLES_PER_TRACE("ext_original_samples_per_trace", 3289, 4, Type.SIGNED),
    /** Rev 2: extended ensemble fold. */
    EXT_ENSEMBLE_FOLD("ext_ensemble_fold", 3293, 4, Type.SIGNED),
    /** Rev 2: the constant 16909060 (0x01020304), telling the byte order. */
    BYTE_ORDER_CONSTANT("byte_order_constant", 3297, 4, Type.SIGNED),
    /** SEG-Y format revision, major number (one byte). */
    REVISION_MAJOR("revision_major", 3501, 1, Type.UNSIGNED),
    /** SEG-Y format revision, minor number (one byte). */
    REVISION_MINOR("revision_minor", 3502, 1, Type.UNSIGNED),
    /** Fixed length trace flag: 1 = all traces have the same length. */
    FIXED_LENGTH_FLAG("fixed_length_flag", 3503, 2, Type.SIGNED),
    /** Number of 3200-byte extended textual headers; -1 = variable, ended by ((SEG: EndText)). */
    EXT_TEXTUAL_HEADERS("ext_textual_headers", 3505, 2, Type.SIGNED),
    /** Rev 2: maximum number of additional 240-byte trace headers. */
    MAX_ADDITIONAL_TRACE_HEADERS("max_additional_trace_headers", 3507, 2, Type.UNSIGNED),
    /** Rev 2.1: survey type. */
    SURVEY_TYPE("survey_type", 3509, 2, Type.SIGNED),
    /** Rev 2: time basis code. */
    TIME_BASIS_CODE("time_basis_code", 3511, 2, Type.SIGNED),
    /** Rev 2: number of traces in the file (unsigned 64 bits, shown as a raw long). */
    TRACES_IN_FILE("traces_in_file", 3513, 8, Type.SIGNED),
    /** Rev 2: byte offset of the first trace (unsigned 64 bits, shown as a raw long). */
    FIRST_TRACE_OFFSET("first_trace_offset", 3521, 8, Type.SIGNED),
    /** Rev 2: number of 3200-byte data trailer stanzas. */
    TRAILER_STANZAS("trailer_stanzas", 3529, 4, Type.SIGNED);

    /** How a word's bytes are interpreted. */
    public enum Type {
        /** Two's complement integer. */
        SIGNED,
        /** Unsigned integer. */
        UNSIGNED,
        /** IEEE 754 double. */
        FLOAT
    }

    /** The size of the binary header in bytes. */
    public static final int HEADER_BYTES = 400;

    /** The file byte position (1-based) of the binary header's first byte. */
    public static final int FIRST_BYTE = 3201;

    private static final Map<String, BinaryHeaderField> BY_NAME = indexByName();

    private final String fieldName;
    private final int bytePosition;
    private final int size;
    private final Type type;

    BinaryHeaderField(String fieldName, int bytePosition, int size, Type type) {
        this.fieldName = fieldName;
        this.bytePosition = bytePosition;
        this.size = size;
        this.type = type;
    }

    /** @return the lower snake_case name, e.g. {@code "samples_per_trace"} */
    public String fieldName() {
        return fieldName;
    }

    /** @return the 1-based byte position in the file, 3201 to 3600 */
    public int bytePosition() {
        return bytePosition;
    }

    /** @return the 0-based offset in the 400-byte binary header */
    public int offset() {
        return bytePosition - FIRST_BYTE;
    }

    /** @return the size in bytes: 1, 2, 4 or 8 */
    public int size() {
        return size;
    }

    /** @return how the bytes are interpreted */
    public Type type() {
        return type;
    }

    /**
     * @param fieldName a lower snake_case name such as {@code "format_code"}
     * @return the field of that name, or {@code null} if there is none
     */
    public static @Nullable BinaryHeaderField byName(String fieldName) {
        return BY_NAME.get(fieldName);
    }

    private static Map<String, BinaryHeaderField> indexByName() {
        Map<String, BinaryHeaderField> byName = new HashMap<>();
        for (BinaryHeaderField field : values()) {
            byName.put(field.fieldName, field);
        }
        return Map.copyOf(byName);
    }
}
