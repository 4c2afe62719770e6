package org.seislens.cli.internal;

import java.nio.ByteOrder;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.ByteOrders;
import org.seislens.core.SourceKind;

/**
 * The words of the {@code --endian} and {@code --kind} options as typed values, refused with one line naming the
 * option.
 */
final class OptionWords {

    private OptionWords() {
    }

    /**
     * @param word {@code big}, {@code little}, or {@code null} when the option is not given
     * @return the byte order, or {@code null}
     * @throws BadInputException for any other word
     */
    static @Nullable ByteOrder byteOrder(@Nullable String word) throws BadInputException {
        if (word == null) {
            return null;
        }
        if (!word.equals("big") && !word.equals("little")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new BadInputException("--endian must be big or little, not '" + word + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ByteOrders.fromWord(word);
    }

    /**
     * @param word {@code segy}, {@code su}, or {@code null} when the option is not given
     * @return the kind, or {@code null}
     * @throws BadInputException for any other word
     */
    static @Nullable SourceKind kind(@Nullable String word) throws BadInputException {
        if (word == null) {
            return null;
        }
        if (!word.equals("segy") && !word.equals("su")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new BadInputException("--kind must be segy or su, not '" + word + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return SourceKind.fromWord(word);
    }
}
