package org.seislens.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;

/**
 * Records what an export changed in a textual header, in the header's own encoding: written into the free
 * cards (blank after their "Cnn" label), continuing from one to the next as needed, or over the last card
 * (shortened to it) if none is free. Only those cards' bytes change.
 */
final class TextualStamp {

    private static final int CARD = 80;
    private static final int CARDS = TextualHeader.HEADER_BYTES / CARD;

    private TextualStamp() {
    }

    /**
     * @param raw a 3200-byte textual header
     * @param note what the export did
     * @return a copy of the header with the note
     */
    static byte[] stamp(byte[] raw, String note) {
        TextEncoding encoding = TextualHeader.detectEncoding(raw);
        String[] lines = TextualHeader.decode(raw, encoding).text().split("\n", -1); //$NON-NLS-1$
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < Math.min(CARDS, lines.length); i++) {
            if (lines[i].length() <= 4 || lines[i].substring(4).isBlank()) {
                free.add(Integer.valueOf(i));
            }
        }
        if (free.isEmpty()) {
            free.add(Integer.valueOf(CARDS - 1));
        }
        byte[] out = raw.clone();
        String rest = "SEISLENS EXPORT: " + note; //$NON-NLS-1$
        // a long note continues on the next free cards, as many as there are
        for (int k = 0; k < free.size() && !rest.isEmpty(); k++) {
            int card = free.get(k).intValue();
            String label = String.format(Locale.ROOT, "C%-2d ", Integer.valueOf(card + 1)); //$NON-NLS-1$
            int room = CARD - label.length();
            String text = label + rest.substring(0, Math.min(room, rest.length()));
            rest = rest.substring(Math.min(room, rest.length()));
            byte[] encoded = TextualHeader.encode(text, encoding).raw();
            System.arraycopy(encoded, 0, out, card * CARD, CARD);
        }
        return out;
    }
}
