package org.seislens.core;

import java.nio.ByteOrder;

/**
 * The words SeisLens uses for byte orders in metadata.json, JSON output and on the command line.
 */
public final class ByteOrders {

    private ByteOrders() {
    }

    /**
     * @param word {@code big} or {@code little}
     * @return the byte order
     * @throws IllegalArgumentException for any other word
     */
    public static ByteOrder fromWord(String word) {
        return switch (word) {
            case "big" -> ByteOrder.BIG_ENDIAN; //$NON-NLS-1$
            case "little" -> ByteOrder.LITTLE_ENDIAN; //$NON-NLS-1$
            default -> throw new IllegalArgumentException("Byte order must be big or little, not " + word); //$NON-NLS-1$
        };
    }

    /**
     * @param order a byte order
     * @return {@code big} or {@code little}
     */
    public static String word(ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? "big" : "little"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
