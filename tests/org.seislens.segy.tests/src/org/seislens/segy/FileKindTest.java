package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void seismicUnixIsKnownByItsExtension() {
        assertEquals(FileKind.SU, FileKind.fromFileName(Path.of("/data/gather.su")));
        assertEquals(FileKind.SU, FileKind.fromFileName(Path.of("GATHER.SU")));
        assertEquals(FileKind.SEGY, FileKind.fromFileName(Path.of("/data/line.sgy")));
        assertEquals(FileKind.SEGY, FileKind.fromFileName(Path.of("/data/1.su_first_trace")));
        assertEquals(FileKind.SEGY, FileKind.fromFileName(Path.of("/")));
    }
}
