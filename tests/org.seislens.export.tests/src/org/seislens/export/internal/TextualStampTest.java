package org.seislens.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;

/** The note an export leaves in the textual header. */
class TextualStampTest {

    private static final String NOTE = "field_record 1003,1001, format 3, little endian, samples 100:600, scaled by 0.5";

    @Test
    void aLongNoteFillsTheFreeCardsInTheHeadersOwnEncoding() {
        for (TextEncoding encoding : TextEncoding.values()) {
            byte[] raw = TextualHeader.encode("C 1 CLIENT ACME\nC 2 LINE 7\nC 3\nC 4\nC 5 END", encoding).raw();
            byte[] stamped = TextualStamp.stamp(raw, NOTE);
            TextualHeader header = TextualHeader.decode(stamped);
            assertEquals(encoding, header.encoding());
            String[] lines = header.text().split("\n");
            assertEquals("C 1 CLIENT ACME", lines[0].strip());
            assertEquals("C 5 END", lines[4].strip());
            String joined = lines[2].substring(4) + lines[3].substring(4);
            assertTrue(joined.replace(" ", "").contains(("SEISLENS EXPORT: " + NOTE).replace(" ", "")), joined);
            assertTrue(Arrays.equals(raw, 0, 160, stamped, 0, 160), "the used cards are kept");
            assertTrue(Arrays.equals(raw, 320, 400, stamped, 320, 400), "the used cards are kept");
        }
    }

    @Test
    void aFullHeaderGetsTheNoteOnItsLastCard() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append(String.format("C%2d USED", i)).append(i < 40 ? "\n" : "");
        }
        byte[] raw = TextualHeader.encode(text.toString(), TextEncoding.EBCDIC).raw();
        byte[] stamped = TextualStamp.stamp(raw, NOTE);
        assertTrue(Arrays.equals(raw, 0, 3120, stamped, 0, 3120), "only the last card changes");
        assertTrue(TextualHeader.decode(stamped).text().split("\n")[39].startsWith("C40 SEISLENS EXPORT: field_record"));
    }
}
