package org.seislens.segy;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The words of the standard 240-byte SEG-Y trace header (rev 2 layout; rev 0 and 1 are subsets), each
 * with its lower snake_case name, 1-based byte position, size and signedness. Values are raw: no
 * coordinate, elevation or time scalar is applied.
 * <p>
 * {@link #get(ByteBuffer, int)} and {@link #set(ByteBuffer, int, int)} read and write one word at an
 * absolute offset in the buffer's own byte order, allocating nothing, so a caller can pull a few
 * fields from every header of a {@link TraceCursor} block cheaply.
 * <p>
 * Every word is a two's complement integer except {@link #SAMPLE_COUNT}, read as unsigned 16 bits:
 * counts cannot be negative and files with 32768-65535 samples per trace exist. {@link #SAMPLE_INTERVAL}
 * stays signed, because negative intervals occur in damaged files and must show as such rather than as
 * a plausible 40000-odd microseconds; intervals above 32767 microseconds are rare enough to accept that.
 * The 6-byte transduction constant and source energy direction, and the 6-byte source measurement,
 * are split into a 4-byte mantissa and a 2-byte exponent, as segyio does.
 */
public enum TraceHeaderField {
    /** Trace sequence number within line. */
    TRACE_SEQUENCE_LINE("trace_sequence_line", 1, 4),
    /** Trace sequence number within SEG-Y file. */
    TRACE_SEQUENCE_FILE("trace_sequence_file", 5, 4),
    /** Original field record number. */
    FIELD_RECORD("field_record", 9, 4),
    /** Trace number within the original field record. */
    TRACE_NUMBER("trace_number", 13, 4),
    /** Energy source point number. */
    ENERGY_SOURCE_POINT("energy_source_point", 17, 4),
    /** Ensemble (CDP, CMP, CRP...) number. */
    CDP("cdp", 21, 4),
    /** Trace number within the ensemble. */
    CDP_TRACE("cdp_trace", 25, 4),
    /** Trace identification code (1 = seismic data, 2 = dead, ...). */
    TRACE_ID_CODE("trace_id_code", 29, 2),
    /** Number of vertically summed traces yielding this trace. */
    VERTICALLY_SUMMED_TRACES("vertically_summed_traces", 31, 2),
    /** Number of horizontally stacked traces yielding this trace. */
    HORIZONTALLY_STACKED_TRACES("horizontally_stacked_traces", 33, 2),
    /** Data use: 1 = production, 2 = test. */
    DATA_USE("data_use", 35, 2),
    /** Distance from source point to receiver group. */
    OFFSET("offset", 37, 4),
    /** Receiver group elevation. */
    RECEIVER_GROUP_ELEVATION("receiver_group_elevation", 41, 4),
    /** Surface elevation at source. */
    SURFACE_ELEVATION_AT_SOURCE("surface_elevation_at_source", 45, 4),
    /** Source depth below surface. */
    SOURCE_DEPTH("source_depth", 49, 4),
    /** Seismic datum elevation at receiver group. */
    RECEIVER_DATUM_ELEVATION("receiver_datum_elevation", 53, 4),
    /** Seismic datum elevation at source. */
    SOURCE_DATUM_ELEVATION("source_datum_elevation", 57, 4),
    /** Water column height at source. */
    SOURCE_WATER_DEPTH("source_water_depth", 61, 4),
    /** Water column height at receiver group. */
    GROUP_WATER_DEPTH("group_water_depth", 65, 4),
    /** Scalar for bytes 41-68 (elevations and depths). */
    ELEVATION_SCALAR("elevation_scalar", 69, 2),
    /** Scalar for bytes 73-88 and 181-188 (coordinates). */
    COORDINATE_SCALAR("coordinate_scalar", 71, 2),
    /** Source coordinate X. */
    SOURCE_X("source_x", 73, 4),
    /** Source coordinate Y. */
    SOURCE_Y("source_y", 77, 4),
    /** Group coordinate X. */
    GROUP_X("group_x", 81, 4),
    /** Group coordinate Y. */
    GROUP_Y("group_y", 85, 4),
    /** Coordinate units: 1 = length, 2 = arc seconds, 3 = decimal degrees, 4 = DMS. */
    COORDINATE_UNITS("coordinate_units", 89, 2),
    /** Weathering velocity. */
    WEATHERING_VELOCITY("weathering_velocity", 91, 2),
    /** Subweathering velocity. */
    SUBWEATHERING_VELOCITY("subweathering_velocity", 93, 2),
    /** Uphole time at source in milliseconds. */
    SOURCE_UPHOLE_TIME("source_uphole_time", 95, 2),
    /** Uphole time at group in milliseconds. */
    GROUP_UPHOLE_TIME("group_uphole_time", 97, 2),
    /** Source static correction in milliseconds. */
    SOURCE_STATIC_CORRECTION("source_static_correction", 99, 2),
    /** Group static correction in milliseconds. */
    GROUP_STATIC_CORRECTION("group_static_correction", 101, 2),
    /** Total static applied in milliseconds. */
    TOTAL_STATIC_APPLIED("total_static_applied", 103, 2),
    /** Lag time A in milliseconds. */
    LAG_TIME_A("lag_time_a", 105, 2),
    /** Lag time B in milliseconds. */
    LAG_TIME_B("lag_time_b", 107, 2),
    /** Delay recording time in milliseconds. */
    DELAY_RECORDING_TIME("delay_recording_time", 109, 2),
    /** Mute time start in milliseconds. */
    MUTE_TIME_START("mute_time_start", 111, 2),
    /** Mute time end in milliseconds. */
    MUTE_TIME_END("mute_time_end", 113, 2),
    /** Number of samples in this trace (unsigned 16 bits). */
    SAMPLE_COUNT("sample_count", 115, 2, false),
    /** Sample interval of this trace in microseconds (signed 16 bits, see the type comment). */
    SAMPLE_INTERVAL("sample_interval", 117, 2),
    /** Gain type of field instruments. */
    GAIN_TYPE("gain_type", 119, 2),
    /** Instrument gain constant in dB. */
    INSTRUMENT_GAIN_CONSTANT("instrument_gain_constant", 121, 2),
    /** Instrument early or initial gain in dB. */
    INSTRUMENT_INITIAL_GAIN("instrument_initial_gain", 123, 2),
    /** Correlated: 1 = no, 2 = yes. */
    CORRELATED("correlated", 125, 2),
    /** Sweep frequency at start in Hz. */
    SWEEP_FREQUENCY_START("sweep_frequency_start", 127, 2),
    /** Sweep frequency at end in Hz. */
    SWEEP_FREQUENCY_END("sweep_frequency_end", 129, 2),
    /** Sweep length in milliseconds. */
    SWEEP_LENGTH("sweep_length", 131, 2),
    /** Sweep type: 1 = linear, 2 = parabolic, 3 = exponential, 4 = other. */
    SWEEP_TYPE("sweep_type", 133, 2),
    /** Sweep trace taper length at start in milliseconds. */
    SWEEP_TAPER_LENGTH_START("sweep_taper_length_start", 135, 2),
    /** Sweep trace taper length at end in milliseconds. */
    SWEEP_TAPER_LENGTH_END("sweep_taper_length_end", 137, 2),
    /** Taper type: 1 = linear, 2 = cosine squared, 3 = other. */
    TAPER_TYPE("taper_type", 139, 2),
    /** Alias filter frequency in Hz. */
    ALIAS_FILTER_FREQUENCY("alias_filter_frequency", 141, 2),
    /** Alias filter slope in dB per octave. */
    ALIAS_FILTER_SLOPE("alias_filter_slope", 143, 2),
    /** Notch filter frequency in Hz. */
    NOTCH_FILTER_FREQUENCY("notch_filter_frequency", 145, 2),
    /** Notch filter slope in dB per octave. */
    NOTCH_FILTER_SLOPE("notch_filter_slope", 147, 2),
    /** Low-cut frequency in Hz. */
    LOW_CUT_FREQUENCY("low_cut_frequency", 149, 2),
    /** High-cut frequency in Hz. */
    HIGH_CUT_FREQUENCY("high_cut_frequency", 151, 2),
    /** Low-cut slope in dB per octave. */
    LOW_CUT_SLOPE("low_cut_slope", 153, 2),
    /** High-cut slope in dB per octave. */
    HIGH_CUT_SLOPE("high_cut_slope", 155, 2),
    /** Year data recorded. */
    YEAR("year", 157, 2),
    /** Day of year. */
    DAY_OF_YEAR("day_of_year", 159, 2),
    /** Hour of day (24-hour clock). */
    HOUR("hour", 161, 2),
    /** Minute of hour. */
    MINUTE("minute", 163, 2),
    /** Second of minute. */
    SECOND("second", 165, 2),
    /** Time basis code: 1 = local, 2 = GMT, 3 = other, 4 = UTC, 5 = GPS. */
    TIME_BASIS_CODE("time_basis_code", 167, 2),
    /** Trace weighting factor. */
    TRACE_WEIGHTING_FACTOR("trace_weighting_factor", 169, 2),
    /** Geophone group number of roll switch position one. */
    GEOPHONE_GROUP_NUMBER_ROLL1("geophone_group_number_roll1", 171, 2),
    /** Geophone group number of trace number one within the original field record. */
    GEOPHONE_GROUP_NUMBER_FIRST_TRACE("geophone_group_number_first_trace", 173, 2),
    /** Geophone group number of the last trace within the original field record. */
    GEOPHONE_GROUP_NUMBER_LAST_TRACE("geophone_group_number_last_trace", 175, 2),
    /** Gap size (total number of groups dropped). */
    GAP_SIZE("gap_size", 177, 2),
    /** Over travel associated with taper. */
    OVER_TRAVEL("over_travel", 179, 2),
    /** X coordinate of the ensemble (CDP) position. */
    CDP_X("cdp_x", 181, 4),
    /** Y coordinate of the ensemble (CDP) position. */
    CDP_Y("cdp_y", 185, 4),
    /** 3D poststack: in-line number. */
    INLINE("inline", 189, 4),
    /** 3D poststack: cross-line number. */
    CROSSLINE("crossline", 193, 4),
    /** Shotpoint number. */
    SHOTPOINT_NUMBER("shotpoint_number", 197, 4),
    /** Scalar applied to the shotpoint number. */
    SHOTPOINT_SCALAR("shotpoint_scalar", 201, 2),
    /** Trace value measurement unit. */
    TRACE_VALUE_MEASUREMENT_UNIT("trace_value_measurement_unit", 203, 2),
    /** Transduction constant, mantissa (first 4 of 6 bytes). */
    TRANSDUCTION_CONSTANT_MANTISSA("transduction_constant_mantissa", 205, 4),
    /** Transduction constant, power of ten (last 2 of 6 bytes). */
    TRANSDUCTION_CONSTANT_EXPONENT("transduction_constant_exponent", 209, 2),
    /** Transduction units. */
    TRANSDUCTION_UNITS("transduction_units", 211, 2),
    /** Device/trace identifier. */
    DEVICE_TRACE_IDENTIFIER("device_trace_identifier", 213, 2),
    /** Scalar applied to times in bytes 95-114. */
    TIME_SCALAR("time_scalar", 215, 2),
    /** Source type/orientation. */
    SOURCE_TYPE_ORIENTATION("source_type_orientation", 217, 2),
    /** Source energy direction, first 4 of 6 bytes. */
    SOURCE_ENERGY_DIRECTION_MANTISSA("source_energy_direction_mantissa", 219, 4),
    /** Source energy direction, last 2 of 6 bytes. */
    SOURCE_ENERGY_DIRECTION_EXPONENT("source_energy_direction_exponent", 223, 2),
    /** Source measurement, mantissa (first 4 of 6 bytes). */
    SOURCE_MEASUREMENT_MANTISSA("source_measurement_mantissa", 225, 4),
    /** Source measurement, power of ten (last 2 of 6 bytes). */
    SOURCE_MEASUREMENT_EXPONENT("source_measurement_exponent", 229, 2),
    /** Source measurement unit. */
    SOURCE_MEASUREMENT_UNIT("source_measurement_unit", 231, 2),
    /** Unassigned (rev 2: first half of the optional header name "SEG00000"). */
    UNASSIGNED_1("unassigned_1", 233, 4),
    /** Unassigned (rev 2: second half of the optional header name "SEG00000"). */
    UNASSIGNED_2("unassigned_2", 237, 4);

    /** The size of the standard trace header in bytes. */
    public static final int HEADER_BYTES = 240;

    private static final Map<String, TraceHeaderField> BY_NAME = indexByName();

    private final String fieldName;
    private final int bytePosition;
    private final int size;
    private final boolean signed;

    TraceHeaderField(String fieldName, int bytePosition, int size) {
        this(fieldName, bytePosition, size, true);
    }

    TraceHeaderField(String fieldName, int bytePosition, int size, boolean signed) {
        this.fieldName = fieldName;
        this.bytePosition = bytePosition;
        this.size = size;
        this.signed = signed;
    }

    /** @return the lower snake_case name, e.g. {@code "field_record"} */
    public String fieldName() {
        return fieldName;
    }

    /** @return the 1-based byte position in the header, as the SEG-Y standard counts */
    public int bytePosition() {
        return bytePosition;
    }

    /** @return the 0-based offset in the header */
    public int offset() {
        return bytePosition - 1;
    }

    /** @return the size in bytes, 2 or 4 */
    public int size() {
        return size;
    }

    /** @return whether the word is two's complement (all but {@link #SAMPLE_COUNT}) */
    public boolean isSigned() {
        return signed;
    }

    /**
     * Reads this word from a trace header that starts at the buffer's index 0, e.g. a
     * {@link TraceCursor#header(int)} slice.
     *
     * @param header the header, in its file's byte order
     * @return the raw value
     */
    public int get(ByteBuffer header) {
        return get(header, 0);
    }

    /**
     * Reads this word from a trace header at an absolute offset, in the buffer's byte order, without
     * moving its position.
     *
     * @param buffer a buffer holding the header
     * @param headerOffset the offset of the header's first byte in {@code buffer}
     * @return the raw value (0 to 65535 for an unsigned 2-byte word)
     */
    public int get(ByteBuffer buffer, int headerOffset) {
        int at = headerOffset + bytePosition - 1;
        if (size == 4) {
            return buffer.getInt(at);
        }
        short value = buffer.getShort(at);
        return signed ? value : value & 0xFFFF;
    }

    /**
     * Writes this word into a trace header at an absolute offset, in the buffer's byte order.
     *
     * @param buffer a writable buffer holding the header
     * @param headerOffset the offset of the header's first byte in {@code buffer}
     * @param value the value
     * @throws IllegalArgumentException if the value does not fit the word
     */
    public void set(ByteBuffer buffer, int headerOffset, int value) {
        int at = headerOffset + bytePosition - 1;
        if (size == 4) {
            buffer.putInt(at, value);
            return;
        }
        int min = signed ? Short.MIN_VALUE : 0;
        int max = signed ? Short.MAX_VALUE : 0xFFFF;
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    fieldName + " is " + size + " bytes and cannot hold " + value);
        }
        buffer.putShort(at, (short) value);
    }

    /**
     * @param fieldName a lower snake_case name such as {@code "cdp_x"}
     * @return the field of that name, or {@code null} if there is none
     */
    public static @Nullable TraceHeaderField byName(String fieldName) {
        return BY_NAME.get(fieldName);
    }

    private static Map<String, TraceHeaderField> indexByName() {
        Map<String, TraceHeaderField> byName = new HashMap<>();
        for (TraceHeaderField field : values()) {
            byName.put(field.fieldName, field);
        }
        return Map.copyOf(byName);
    }
}
