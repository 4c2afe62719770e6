package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryHeaderFieldTest {

    @ParameterizedTest
    @CsvSource({ "job_id, 3201, 4", "line_number, 3205, 4", "reel_number, 3209, 4", "traces_per_ensemble, 3213, 2",
            "aux_traces_per_ensemble, 3215, 2", "sample_interval, 3217, 2", "original_sample_interval, 3219, 2",
            "samples_per_trace, 3221, 2", "original_samples_per_trace, 3223, 2", "format_code, 3225, 2",
            "ensemble_fold, 3227, 2", "sorting_code, 3229, 2", "measurement_system, 3255, 2",
            "ext_samples_per_trace, 3269, 4", "ext_sample_interval, 3273, 8", "byte_order_constant, 3297, 4",
            "revision_major, 3501, 1", "revision_minor, 3502, 1", "fixed_length_flag, 3503, 2",
            "ext_textual_headers, 3505, 2", "max_additional_trace_headers, 3507, 2", "traces_in_file, 3513, 8" })
    void wordsSitWhereSegyPutsThem(String name, int position, int size) {
        BinaryHeaderField field = Objects.requireNonNull(BinaryHeaderField.byName(name), name);
        assertEquals(position, field.bytePosition());
        assertEquals(position - 3201, field.offset());
        assertEquals(size, field.size());
        assertSame(field, BinaryHeaderField.byName(field.fieldName()));
    }

    @Test
    void wordsDoNotOverlapAndStayInTheHeader() {
        int[] cover = new int[BinaryHeaderField.HEADER_BYTES];
        Set<String> names = new HashSet<>();
        for (BinaryHeaderField field : BinaryHeaderField.values()) {
            assertTrue(names.add(field.fieldName()), field.fieldName());
            assertTrue(field.fieldName().matches("[a-z][a-z0-9_]*"), field.fieldName());
            for (int i = 0; i < field.size(); i++) {
                cover[field.offset() + i]++;
            }
        }
        for (int i = 0; i < cover.length; i++) {
            assertTrue(cover[i] <= 1, "byte " + (3201 + i));
        }
        // the standard words up to 3296 are contiguous, then the rev 2 words at 3501-3532
        for (int i = 0; i < 3300 - 3200; i++) {
            assertEquals(1, cover[i], "byte " + (3201 + i));
        }
        for (int i = 3500; i < 3532; i++) {
            assertEquals(1, cover[i - 3200], "byte " + (i + 1));
        }
    }

    @Test
    void unknownNamesAreNull() {
        assertNull(BinaryHeaderField.byName("Samples"));
    }
}
