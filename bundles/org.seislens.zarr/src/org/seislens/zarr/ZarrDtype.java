package org.seislens.zarr;

import java.nio.ByteOrder;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A Zarr {@code dtype}: an element type with its byte order, written as NumPy's type string
 * ({@code "<f4"}, {@code ">i2"}, {@code "|u1"}).
 * <p>
 * Single-byte types have no byte order; they are held as little-endian so that {@code "|i1"},
 * {@code "<i1"} and {@code ">i1"} are equal values, and are always written as {@code "|i1"}.
 *
 * @param type the element type
 * @param byteOrder the byte order of stored elements
 */
public record ZarrDtype(ZarrDataType type, ByteOrder byteOrder) {

    /**
     * Normalises the byte order of single-byte types.
     *
     * @param type the element type
     * @param byteOrder the byte order of stored elements
     */
    public ZarrDtype {
        if (type.size() == 1) {
            byteOrder = ByteOrder.LITTLE_ENDIAN;
        }
    }

    /**
     * Returns the little-endian dtype of a type, the byte order SeisLens writes.
     *
     * @param type the element type
     * @return the little-endian dtype
     */
    public static ZarrDtype littleEndian(ZarrDataType type) {
        return new ZarrDtype(type, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Parses a NumPy type string.
     *
     * @param code the string from {@code .zarray}, for example {@code "<f4"}
     * @return the dtype
     * @throws IllegalArgumentException when the string is not a supported numeric dtype; the
     *             message says why
     */
    public static ZarrDtype parse(String code) {
        ZarrDtype dtype = tryParse(code);
        if (dtype == null) {
            throw new IllegalArgumentException("unsupported dtype \"" + code
                    + "\" (supported: signed/unsigned integers of 1, 2, 4, 8 bytes and floats of 4, 8 bytes,"
                    + " as \"<\", \">\" or \"|\" followed by i1, i2, i4, i8, u1, u2, u4, u8, f4, f8)");
        }
        return dtype;
    }

    private static @Nullable ZarrDtype tryParse(String code) {
        if (code.length() != 3) {
            return null;
        }
        char order = code.charAt(0);
        char digit = code.charAt(2);
        if (digit < '1' || digit > '8') {
            return null;
        }
        ZarrDataType type = ZarrDataType.of(code.charAt(1), digit - '0');
        if (type == null) {
            return null;
        }
        return switch (order) {
            case '<' -> new ZarrDtype(type, ByteOrder.LITTLE_ENDIAN);
            case '>' -> new ZarrDtype(type, ByteOrder.BIG_ENDIAN);
            // NumPy writes '|' ("not applicable") only for single-byte types.
            case '|' -> type.size() == 1 ? new ZarrDtype(type, ByteOrder.LITTLE_ENDIAN) : null;
            default -> null;
        };
    }

    /**
     * Returns the size of one element.
     *
     * @return the size in bytes
     */
    public int itemSize() {
        return type.size();
    }

    /**
     * Returns the NumPy type string as zarr-python writes it.
     *
     * @return for example {@code "<f4"}, {@code ">i2"} or {@code "|u1"}
     */
    public String code() {
        char order;
        if (type.size() == 1) {
            order = '|';
        } else {
            order = byteOrder == ByteOrder.BIG_ENDIAN ? '>' : '<';
        }
        return "" + order + type.kind() + type.size();
    }

    /**
     * Returns {@link #code()}.
     *
     * @return the NumPy type string
     */
    @Override
    public String toString() {
        return code();
    }
}
