package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetDescriptorTest {

    private static DatasetDescriptor survey(List<String> keys) {
        return new DatasetDescriptor(Path.of("/data/line1.seislens"), "line1.sgy", 200_000, 1500, 2000.0,
                SampleType.FLOAT32, keys, List.of("field_record", "cdp", "offset"));
    }

    @Test
    void extentAndSizeFollowTheShape() {
        DatasetDescriptor d = survey(List.of("field_record"));
        assertEquals(new WindowBounds(0, 200_000, 0, 1500), d.extent());
        assertEquals(200_000L * 1500 * 4, d.sampleBytes());
        assertEquals(3.0, d.sampleTimeMillis(1500) / 1000.0);
    }

    @Test
    void keyListsAreFrozenCopies() {
        List<String> keys = new ArrayList<>(List.of("field_record"));
        DatasetDescriptor d = survey(keys);
        keys.add("cdp");
        assertTrue(d.hasEnsembleKey("field_record"));
        assertFalse(d.hasEnsembleKey("cdp"));
        assertThrows(UnsupportedOperationException.class, () -> d.ensembleKeys().add("cdp"));
    }

    @Test
    void refusesImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetDescriptor(Path.of("x"), "x", -1, 10, 1000,
                SampleType.INT16, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DatasetDescriptor(Path.of("x"), "x", 1, 10,
                Double.NaN, SampleType.INT16, List.of(), List.of()));
    }
}
