package org.seislens.segy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.segy.internal.TextCodec;

/**
 * A 3200-byte SEG-Y textual header (the main one or an extended one): its raw bytes, the encoding it
 * was read in, its text as 80-character lines joined by {@code '\n'} (control characters and NUL bytes
 * shown as spaces) and the oddities met while decoding.
 *
 * @param raw the raw bytes; the accessor returns a copy
 * @param encoding the encoding used to decode them
 * @param text the decoded text
 * @param anomalies oddities such as "blank", "all NUL bytes", "3 NUL bytes (shown as spaces)" or
 *            repaired EBCDIC letters; empty for a clean header
 */
public record TextualHeader(byte[] raw, TextEncoding encoding, String text, List<String> anomalies) {

    /** The size of a textual header in bytes: 40 lines of 80 characters. */
    public static final int HEADER_BYTES = 3200;

    /**
     * @param raw the raw bytes (copied)
     * @param encoding the encoding used to decode them
     * @param text the decoded text
     * @param anomalies oddities met while decoding (copied)
     */
    public TextualHeader {
        raw = raw.clone();
        anomalies = List.copyOf(anomalies);
    }

    /**
     * Decodes raw header bytes, guessing the encoding (see {@link #detectEncoding(byte[])}).
     *
     * @param raw the header bytes, normally 3200
     * @return the decoded header
     */
    public static TextualHeader decode(byte[] raw) {
        return decode(raw, detectEncoding(raw));
    }

    /**
     * Decodes raw header bytes in a given encoding.
     *
     * @param raw the header bytes, normally 3200
     * @param encoding the encoding
     * @return the decoded header
     */
    public static TextualHeader decode(byte[] raw, TextEncoding encoding) {
        List<String> anomalies = new ArrayList<>();
        String text = TextCodec.decode(raw, encoding, anomalies);
        return new TextualHeader(raw, encoding, text, anomalies);
    }

    /**
     * Encodes text into a 3200-byte header: lines split at {@code '\n'}, wrapped at 80 characters and
     * padded with spaces to 40 lines; characters the encoding lacks become '?'.
     *
     * @param text the text, at most 40 lines of 80 characters
     * @param encoding the encoding to write
     * @return the header
     * @throws IllegalArgumentException if the text needs more than 40 lines
     */
    public static TextualHeader encode(String text, TextEncoding encoding) {
        return decode(TextCodec.encode(text, encoding, HEADER_BYTES / 80), encoding);
    }

    /**
     * Guesses the encoding: a first byte 0xC3 is EBCDIC "C" and 0x43 ASCII "C" (the standard "C 1"
     * start); otherwise whichever encoding has more letters, digits and spaces, EBCDIC on a tie.
     *
     * @param raw header bytes
     * @return the likely encoding
     */
    public static TextEncoding detectEncoding(byte[] raw) {
        return TextCodec.detect(raw);
    }

    /** @return a copy of the raw bytes */
    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** @return the text split into its 80-character lines */
    public List<String> lines() {
        return List.of(text.split("\n", -1));
    }

    /** @return whether this header holds the ((SEG: EndText)) stanza that ends extended headers */
    public boolean isEndText() {
        return TextCodec.isEndText(raw);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TextualHeader that && encoding == that.encoding && Arrays.equals(raw, that.raw)
                && text.equals(that.text) && anomalies.equals(that.anomalies);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw) * 31 + encoding.hashCode();
    }

    @Override
    public String toString() {
        String first = text.substring(0, Math.min(80, text.length())).strip();
        return "TextualHeader[" + encoding + ", \"" + first + "\"" + (anomalies.isEmpty() ? "" : ", " + anomalies)
                + "]";
    }
}
