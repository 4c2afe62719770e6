package org.seislens.segy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextualHeaderTest {

    private static final String TEXT = "C 1 CLIENT: SEISLENS  LINE 42.5 (TEST) <A+B> & 100% !\n"
            + "C 2 lower case, digits 0123456789";

    @Test
    void ebcdicRoundTrips() {
        TextualHeader header = TextualHeader.encode(TEXT, TextEncoding.EBCDIC);
        byte[] raw = header.raw();
        assertEquals(3200, raw.length);
        assertEquals((byte) 0xC3, raw[0], "EBCDIC C");
        assertEquals((byte) 0x40, raw[1], "EBCDIC space");
        assertEquals((byte) 0x40, raw[3199], "padded with EBCDIC spaces");
        TextualHeader read = TextualHeader.decode(raw);
        assertEquals(TextEncoding.EBCDIC, read.encoding());
        assertEquals(List.of(), read.anomalies());
        List<String> lines = read.lines();
        assertEquals(40, lines.size());
        assertEquals(pad("C 1 CLIENT: SEISLENS  LINE 42.5 (TEST) <A+B> & 100% !"), lines.get(0));
        assertEquals(pad("C 2 lower case, digits 0123456789"), lines.get(1));
        assertEquals(pad(""), lines.get(39));
    }

    @Test
    void asciiRoundTrips() {
        TextualHeader header = TextualHeader.encode(TEXT, TextEncoding.ASCII);
        assertEquals('C', header.raw()[0]);
        TextualHeader read = TextualHeader.decode(header.raw());
        assertEquals(TextEncoding.ASCII, read.encoding());
        assertEquals(header.text(), read.text());
        assertEquals(pad("C 2 lower case, digits 0123456789"), read.lines().get(1));
    }

    @Test
    void encodingIsGuessedWithoutTheStandardStart() {
        TextualHeader ebcdic = TextualHeader.encode("  SHOT 17 LINE A", TextEncoding.EBCDIC);
        assertEquals(TextEncoding.EBCDIC, TextualHeader.detectEncoding(ebcdic.raw()));
        TextualHeader ascii = TextualHeader.encode("  SHOT 17 LINE A", TextEncoding.ASCII);
        assertEquals(TextEncoding.ASCII, TextualHeader.detectEncoding(ascii.raw()));
    }

    @Test
    void blankAndNulHeadersAreNoted() {
        byte[] spaces = new byte[3200];
        Arrays.fill(spaces, (byte) 0x40);
        assertEquals(List.of("blank"), TextualHeader.decode(spaces).anomalies());
        TextualHeader nul = TextualHeader.decode(new byte[3200]);
        assertEquals(List.of("all NUL bytes"), nul.anomalies());
        assertTrue(nul.text().isBlank());
        byte[] embedded = TextualHeader.encode("C 1 DATE 2016", TextEncoding.EBCDIC).raw();
        embedded[20] = 0;
        TextualHeader read = TextualHeader.decode(embedded);
        assertEquals(List.of("1 NUL byte (shown as spaces)"), read.anomalies());
        assertEquals(80, read.lines().get(0).length());
    }

    @Test
    void asciiLettersInEbcdicTextAreRepaired() {
        TextualHeader clean = TextualHeader.encode("C 1 CLIENT COMPANY  LINE NO PLANE ZONE", TextEncoding.EBCDIC);
        byte[] raw = clean.raw();
        for (int i = 0; i < raw.length; i++) {
            int letter = "LMNOPZ".indexOf(clean.text().replace("\n", "").charAt(i));
            if (letter >= 0) {
                raw[i] = (byte) "LMNOPZ".charAt(letter); // the ASCII code, as a broken converter left it
            }
        }
        TextualHeader read = TextualHeader.decode(raw);
        assertEquals(clean.text(), read.text());
        assertEquals(List.of("EBCDIC with ASCII capital letters LMNOPZ mixed in (decoded as letters)"),
                read.anomalies());
    }

    @Test
    void ordinaryPunctuationIsNotRepaired() {
        TextualHeader header = TextualHeader.decode(TextualHeader.encode(TEXT, TextEncoding.EBCDIC).raw());
        assertTrue(header.text().startsWith("C 1 CLIENT: SEISLENS  LINE 42.5 (TEST) <A+B> & 100% !"));
        assertEquals(List.of(), header.anomalies());
    }

    @Test
    void longLinesWrapAndTooManyAreRefused() {
        String long100 = "X".repeat(100);
        TextualHeader header = TextualHeader.encode(long100, TextEncoding.ASCII);
        assertEquals(pad("X".repeat(80)), header.lines().get(0));
        assertEquals(pad("X".repeat(20)), header.lines().get(1));
        assertThrows(IllegalArgumentException.class,
                () -> TextualHeader.encode("line\n".repeat(40) + "one too many", TextEncoding.EBCDIC));
        assertEquals('?', TextualHeader.encode("\u20ac", TextEncoding.ASCII).raw()[0]);
        assertEquals((byte) 0x6F, TextualHeader.encode("\u20ac", TextEncoding.EBCDIC).raw()[0]);
    }

    @Test
    void endTextStanzasAreFoundInEitherEncodingAndAnyCase() {
        assertTrue(TextualHeader.encode("((SEG: EndText))", TextEncoding.EBCDIC).isEndText());
        assertTrue(TextualHeader.encode("(( seg: endTEXt ))", TextEncoding.ASCII).isEndText());
        assertFalse(TextualHeader.encode("((SEG: Layout))", TextEncoding.EBCDIC).isEndText());
    }

    @Test
    void recordsCompareByContent() {
        TextualHeader a = TextualHeader.encode(TEXT, TextEncoding.EBCDIC);
        TextualHeader b = TextualHeader.decode(a.raw());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(TextualHeader.encode(TEXT, TextEncoding.ASCII)));
    }

    @Test
    void realHeaderWithAsciiLettersIsRepaired() throws Exception {
        Path file = TestData.require().resolve("carbon-capture-and-storage/2D_Xline_12680.sgy");
        byte[] raw = Arrays.copyOf(Files.readAllBytes(file), 3200);
        TextualHeader header = TextualHeader.decode(raw);
        String first = header.lines().get(0);
        assertTrue(first.startsWith("C 1 CLIENT                        COMPANY"), first);
        assertEquals("C40 END TEXTUAL HEADER", header.lines().get(39).strip());
        assertTrue(header.lines().get(9).startsWith("C10 FILTERS: ALIAS     HZ  NOTCH     HZ"), header.lines().get(9));
        assertEquals(1, header.anomalies().size());
        assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains("CLIENT"));
    }

    private static String pad(String line) {
        return line + " ".repeat(80 - line.length());
    }
}
