package org.seislens.zarr;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code dimension_separator} of an array: the character between chunk indices in a chunk key.
 * With {@link #DOT} chunk {@code (1, 2)} is the file {@code 1.2}; with {@link #SLASH} it is the file
 * {@code 2} in the folder {@code 1}.
 */
public enum ChunkKeySeparator {
    /** Flat keys such as {@code "1.2"}, the Zarr v2 default. */
    DOT('.'),
    /** Nested keys such as {@code "1/2"}, which keep folders small for large arrays. */
    SLASH('/');

    private final char character;

    ChunkKeySeparator(char character) {
        this.character = character;
    }

    /**
     * Returns the separator character.
     *
     * @return {@code '.'} or {@code '/'}
     */
    public char character() {
        return character;
    }

    /**
     * Returns the separator as written in {@code .zarray}.
     *
     * @return {@code "."} or {@code "/"}
     */
    public String text() {
        return String.valueOf(character);
    }

    /**
     * Finds the separator written as {@code text}.
     *
     * @param text the JSON value
     * @return the separator, or {@code null} when the text is neither {@code "."} nor {@code "/"}
     */
    public static @Nullable ChunkKeySeparator fromText(String text) {
        for (ChunkKeySeparator separator : values()) {
            if (separator.text().equals(text)) {
                return separator;
            }
        }
        return null;
    }
}
