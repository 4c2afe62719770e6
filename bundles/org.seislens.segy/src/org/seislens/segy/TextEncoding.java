package org.seislens.segy;

/** The character encodings of SEG-Y textual headers. */
public enum TextEncoding {
    /** EBCDIC, code page 037 (the SEG-Y standard up to rev 1). */
    EBCDIC,
    /** ASCII, read as ISO 8859-1 (allowed since rev 1). */
    ASCII
}
