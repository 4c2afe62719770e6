package org.seislens.export.internal;

import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;

/**
 * Records what an export changed in a textual header: one 80-character card, written in the header's own
 * encoding into the first free card (blank after its "Cnn" label), or over the last card if none is free.
 * Only that card's bytes change.
 */
final class TextualStamp {

    private static final int CARD = 80;
    private static final int CARDS = TextualHeader.HEADER_BYTES / CARD;

    private TextualStamp() {
    }

    /**
     * @param raw a 3200-byte textual header
     * @param note what the export did, shortened to fit one card
     * @return a copy of the header with the note in one card
     */
    static byte[] stamp(byte[] raw, String note) {
        TextEncoding encoding = TextualHeader.detectEncoding(raw);
        String[] lines = TextualHeader.decode(raw, encoding).text().split("\n", -1); //$NON-NLS-1$
        int card = CARDS - 1;
        for (int i = 0; i < Math.min(CARDS, lines.length); i++) {
            String line = lines[i];
            if (line.length() <= 4 || line.substring(4).isBlank()) {
                card = i;
                break;
            }
        }
        String label = String.format("C%-2d ", Integer.valueOf(card + 1)); //$NON-NLS-1$
        String text = label + "SEISLENS EXPORT: " + note; //$NON-NLS-1$
        if (text.length() > CARD) {
            text = text.substring(0, CARD);
        }
        byte[] encoded = TextualHeader.encode(text, encoding).raw();
        byte[] out = raw.clone();
        System.arraycopy(encoded, 0, out, card * CARD, CARD);
        return out;
    }
}
