package org.seislens.segy.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.segy.TextEncoding;

/**
 * Decodes, encodes and recognises SEG-Y textual headers: EBCDIC (code page 037) or ASCII, blank, all
 * NUL, with embedded NUL bytes, or EBCDIC into which some capital letters were written in ASCII (a
 * broken converter found in real files).
 */
public final class TextCodec {

    /** Code page 037 to Unicode: a permutation of U+0000..U+00FF. */
    private static final char[] CP037 = toChars(new int[] {
            0x00, 0x01, 0x02, 0x03, 0x9C, 0x09, 0x86, 0x7F, 0x97, 0x8D, 0x8E, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
            0x10, 0x11, 0x12, 0x13, 0x9D, 0x85, 0x08, 0x87, 0x18, 0x19, 0x92, 0x8F, 0x1C, 0x1D, 0x1E, 0x1F,
            0x80, 0x81, 0x82, 0x83, 0x84, 0x0A, 0x17, 0x1B, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x05, 0x06, 0x07,
            0x90, 0x91, 0x16, 0x93, 0x94, 0x95, 0x96, 0x04, 0x98, 0x99, 0x9A, 0x9B, 0x14, 0x15, 0x9E, 0x1A,
            0x20, 0xA0, 0xE2, 0xE4, 0xE0, 0xE1, 0xE3, 0xE5, 0xE7, 0xF1, 0xA2, 0x2E, 0x3C, 0x28, 0x2B, 0x7C,
            0x26, 0xE9, 0xEA, 0xEB, 0xE8, 0xED, 0xEE, 0xEF, 0xEC, 0xDF, 0x21, 0x24, 0x2A, 0x29, 0x3B, 0xAC,
            0x2D, 0x2F, 0xC2, 0xC4, 0xC0, 0xC1, 0xC3, 0xC5, 0xC7, 0xD1, 0xA6, 0x2C, 0x25, 0x5F, 0x3E, 0x3F,
            0xF8, 0xC9, 0xCA, 0xCB, 0xC8, 0xCD, 0xCE, 0xCF, 0xCC, 0x60, 0x3A, 0x23, 0x40, 0x27, 0x3D, 0x22,
            0xD8, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xAB, 0xBB, 0xF0, 0xFD, 0xFE, 0xB1,
            0xB0, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0xAA, 0xBA, 0xE6, 0xB8, 0xC6, 0xA4,
            0xB5, 0x7E, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0xA1, 0xBF, 0xD0, 0xDD, 0xDE, 0xAE,
            0x5E, 0xA3, 0xA5, 0xB7, 0xA9, 0xA7, 0xB6, 0xBC, 0xBD, 0xBE, 0x5B, 0x5D, 0xAF, 0xA8, 0xB4, 0xD7,
            0x7B, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xAD, 0xF4, 0xF6, 0xF2, 0xF3, 0xF5,
            0x7D, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F, 0x50, 0x51, 0x52, 0xB9, 0xFB, 0xFC, 0xF9, 0xFA, 0xFF,
            0x5C, 0xF7, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5A, 0xB2, 0xD4, 0xD6, 0xD2, 0xD3, 0xD5,
            0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0xB3, 0xDB, 0xDC, 0xD9, 0xDA, 0x9F,    });

    /** Unicode U+0000..U+00FF to code page 037. */
    private static final byte[] TO_CP037 = invert(CP037);

    /** The EBCDIC code of the question mark, for characters code page 037 lacks. */
    private static final byte EBCDIC_QUESTION_MARK = 0x6F;

    /**
     * ASCII capital letters whose codes are common punctuation in EBCDIC ('J' 0x4A is the cent sign,
     * 'K' 0x4B the period, 'L' '<', 'M' '(', 'N' '+', 'O' '|', 'P' '&', 'Z' '!'): the letters a
     * broken ASCII-to-EBCDIC converter leaves behind in an otherwise EBCDIC header.
     */
    private static final String MISCODED_LETTERS = "JKLMNOPZ";

    /** How many distinct such letters must be missing in EBCDIC and found in ASCII inside words to repair. */
    private static final int REPAIR_THRESHOLD = 3;

    private TextCodec() {
    }

    /**
     * Guesses the encoding of a textual header: a first byte of 0xC3 is EBCDIC "C", 0x43 ASCII "C"
     * (the standard "C 1" line start); otherwise the encoding whose letters, digits and spaces are
     * more frequent wins, EBCDIC on a tie.
     *
     * @param raw the header bytes
     * @return the likely encoding
     */
    public static TextEncoding detect(byte[] raw) {
        if (raw.length > 0 && (raw[0] & 0xFF) == 0xC3) {
            return TextEncoding.EBCDIC;
        }
        if (raw.length > 0 && raw[0] == 'C') {
            return TextEncoding.ASCII;
        }
        int ascii = 0;
        int ebcdic = 0;
        for (byte b : raw) {
            int u = b & 0xFF;
            if (u == 0x20 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')) {
                ascii++;
            } else if (u == 0x40 || between(u, 0xC1, 0xC9) || between(u, 0xD1, 0xD9) || between(u, 0xE2, 0xE9)
                    || between(u, 0xF0, 0xF9) || between(u, 0x81, 0x89) || between(u, 0x91, 0x99)
                    || between(u, 0xA2, 0xA9)) {
                ebcdic++;
            }
        }
        return ascii > ebcdic ? TextEncoding.ASCII : TextEncoding.EBCDIC;
    }

    /**
     * Decodes a textual header to display text: 80-character lines joined by {@code '\n'}, control
     * characters and NUL bytes shown as spaces.
     *
     * @param raw the header bytes (normally 3200)
     * @param encoding the encoding
     * @param anomalies receives a sentence for each oddity found (blank, NUL bytes, repaired letters)
     * @return the text
     */
    public static String decode(byte[] raw, TextEncoding encoding, List<String> anomalies) {
        char[] table = encoding == TextEncoding.EBCDIC ? repairedTable(raw, anomalies) : null;
        int nul = 0;
        boolean blank = true;
        StringBuilder text = new StringBuilder(raw.length + raw.length / 80);
        for (int i = 0; i < raw.length; i++) {
            if (i > 0 && i % 80 == 0) {
                text.append('\n');
            }
            int u = raw[i] & 0xFF;
            nul += u == 0 ? 1 : 0;
            char c = table != null ? table[u] : (char) u;
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                c = ' ';
            }
            blank &= c == ' ';
            text.append(c);
        }
        if (nul == raw.length && nul > 0) {
            anomalies.add("all NUL bytes");
        } else if (blank) {
            anomalies.add("blank");
        } else if (nul > 0) {
            anomalies.add(nul + " NUL byte" + (nul == 1 ? "" : "s") + " (shown as spaces)");
        }
        return text.toString();
    }

    /**
     * Encodes text into a textual header of {@code lines} lines of 80 characters: the text is split at
     * {@code '\n'}, longer lines are wrapped, every line is padded with spaces. Characters the
     * encoding lacks become '?'.
     *
     * @param text the text
     * @param encoding the encoding
     * @param lines the number of 80-character lines, 40 for a 3200-byte header
     * @return the header bytes
     * @throws IllegalArgumentException if the text needs more lines
     */
    public static byte[] encode(String text, TextEncoding encoding, int lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            do {
                wrapped.add(line.substring(0, Math.min(80, line.length())));
                line = line.substring(Math.min(80, line.length()));
            } while (!line.isEmpty());
        }
        while (wrapped.size() > lines && wrapped.get(wrapped.size() - 1).isEmpty()) {
            wrapped.remove(wrapped.size() - 1);
        }
        if (wrapped.size() > lines) {
            throw new IllegalArgumentException(
                    "text needs " + wrapped.size() + " lines of 80 characters; a header holds " + lines);
        }
        byte[] raw = new byte[lines * 80];
        for (int i = 0; i < raw.length; i++) {
            int line = i / 80;
            int column = i % 80;
            String s = line < wrapped.size() ? wrapped.get(line) : "";
            char c = column < s.length() ? s.charAt(column) : ' ';
            raw[i] = encode(c, encoding);
        }
        return raw;
    }

    /**
     * @param block the bytes of an extended textual header
     * @return whether it holds the ((SEG: EndText)) stanza that ends a variable count of extended
     *         headers, in EBCDIC or ASCII, ignoring case and white space
     */
    public static boolean isEndText(byte[] block) {
        return containsEndText(block, CP037) || containsEndText(block, null);
    }

    private static boolean containsEndText(byte[] block, char @Nullable [] table) {
        StringBuilder squeezed = new StringBuilder(block.length);
        for (byte b : block) {
            char c = table != null ? table[b & 0xFF] : (char) (b & 0xFF);
            if (!Character.isWhitespace(c) && c != 0xA0 && c != 0x85) {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        return squeezed.indexOf("((seg:endtext))") >= 0;
    }

    private static byte encode(char c, TextEncoding encoding) {
        if (c > 0xFF) {
            return encoding == TextEncoding.EBCDIC ? EBCDIC_QUESTION_MARK : (byte) '?';
        }
        return encoding == TextEncoding.EBCDIC ? TO_CP037[c] : (byte) c;
    }

    /**
     * Returns the code page 037 table, or a copy in which ASCII capital letters decode as letters. The
     * repair is made when at least {@link #REPAIR_THRESHOLD} letters are never written in EBCDIC but do
     * occur in ASCII inside words (between two letters), where the punctuation they would otherwise
     * be rarely stands; it then covers every such letter found next to a letter (e.g. the Z of "HZ").
     */
    private static char[] repairedTable(byte[] raw, List<String> anomalies) {
        boolean[] present = new boolean[256];
        for (byte b : raw) {
            present[b & 0xFF] = true;
        }
        boolean[] insideWord = new boolean[256];
        boolean[] besideLetter = new boolean[256];
        for (int i = 0; i < raw.length; i++) {
            int code = raw[i] & 0xFF;
            if (MISCODED_LETTERS.indexOf(code) >= 0) {
                boolean before = i > 0 && isLetter(raw[i - 1]);
                boolean after = i + 1 < raw.length && isLetter(raw[i + 1]);
                insideWord[code] |= before && after;
                besideLetter[code] |= before || after;
            }
        }
        int inside = 0;
        StringBuilder repaired = new StringBuilder();
        for (int i = 0; i < MISCODED_LETTERS.length(); i++) {
            char letter = MISCODED_LETTERS.charAt(i);
            if (!present[TO_CP037[letter] & 0xFF] && besideLetter[letter]) {
                repaired.append(letter);
                inside += insideWord[letter] ? 1 : 0;
            }
        }
        if (inside < REPAIR_THRESHOLD) {
            return CP037;
        }
        char[] table = CP037.clone();
        for (int i = 0; i < repaired.length(); i++) {
            table[repaired.charAt(i)] = repaired.charAt(i);
        }
        anomalies.add("EBCDIC with ASCII capital letters " + repaired + " mixed in (decoded as letters)");
        return table;
    }

    /** An EBCDIC letter, or the ASCII code of a letter a broken converter may leave. */
    private static boolean isLetter(byte b) {
        int u = b & 0xFF;
        return between(u, 0xC1, 0xC9) || between(u, 0xD1, 0xD9) || between(u, 0xE2, 0xE9) || between(u, 0x81, 0x89)
                || between(u, 0x91, 0x99) || between(u, 0xA2, 0xA9) || MISCODED_LETTERS.indexOf(u) >= 0;
    }

    private static boolean between(int value, int low, int high) {
        return value >= low && value <= high;
    }

    private static char[] toChars(int[] codes) {
        char[] chars = new char[codes.length];
        for (int i = 0; i < codes.length; i++) {
            chars[i] = (char) codes[i];
        }
        return chars;
    }

    private static byte[] invert(char[] table) {
        byte[] inverse = new byte[256];
        for (int i = 0; i < table.length; i++) {
            inverse[table[i]] = (byte) i;
        }
        return inverse;
    }
}
