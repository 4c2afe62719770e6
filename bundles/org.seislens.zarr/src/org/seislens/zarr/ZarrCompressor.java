package org.seislens.zarr;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code compressor} of an array: one of the numcodecs codecs {@code zstd}, {@code lz4},
 * {@code zlib} and {@code gzip} with its single parameter.
 * <p>
 * The parameter is the compression {@code level} for zstd, zlib and gzip, and the
 * {@code acceleration} for lz4. It only steers writing: any value decodes the same way.
 *
 * @param kind which codec
 * @param level the codec's parameter ({@code level}, or {@code acceleration} for lz4)
 */
public record ZarrCompressor(Kind kind, int level) {

    /** The supported numcodecs codecs. */
    public enum Kind {
        /** {@code numcodecs.Zstd}: one plain zstd frame. */
        ZSTD("zstd", "level", -131072, 22),
        /** {@code numcodecs.LZ4}: a 4-byte little-endian uncompressed size, then one LZ4 block. */
        LZ4("lz4", "acceleration", Integer.MIN_VALUE, Integer.MAX_VALUE),
        /** {@code numcodecs.Zlib}: a zlib (RFC 1950) stream. */
        ZLIB("zlib", "level", -1, 9),
        /** {@code numcodecs.GZip}: a gzip (RFC 1952) stream. */
        GZIP("gzip", "level", -1, 9);

        private final String id;
        private final String parameterName;
        private final int minLevel;
        private final int maxLevel;

        Kind(String id, String parameterName, int minLevel, int maxLevel) {
            this.id = id;
            this.parameterName = parameterName;
            this.minLevel = minLevel;
            this.maxLevel = maxLevel;
        }

        /**
         * Returns the numcodecs codec id.
         *
         * @return the {@code "id"} value in {@code .zarray}
         */
        public String id() {
            return id;
        }

        /**
         * Returns the name of the codec's parameter in {@code .zarray}.
         *
         * @return {@code "level"}, or {@code "acceleration"} for lz4
         */
        public String parameterName() {
            return parameterName;
        }

        /**
         * Finds the codec with a numcodecs id.
         *
         * @param id the {@code "id"} value
         * @return the codec, or {@code null} when it is not supported
         */
        public static @Nullable Kind fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * Checks the parameter against the range the codec accepts.
     *
     * @param kind which codec
     * @param level the codec's parameter
     * @throws IllegalArgumentException when the parameter is outside the codec's range
     */
    public ZarrCompressor {
        if (level < kind.minLevel || level > kind.maxLevel) {
            throw new IllegalArgumentException(kind.id + " " + kind.parameterName + " " + level
                    + " is outside [" + kind.minLevel + ", " + kind.maxLevel + "]");
        }
    }

    /**
     * Returns a zstd compressor. Levels 1 to 3 suit bulk imports: fast, and seismic floats gain
     * little from higher levels.
     *
     * @param level the zstd level, -131072 to 22
     * @return the compressor
     */
    public static ZarrCompressor zstd(int level) {
        return new ZarrCompressor(Kind.ZSTD, level);
    }

    /**
     * Returns an lz4 compressor.
     *
     * @param acceleration numcodecs' acceleration, 1 by default (recorded in the metadata; this
     *            implementation always writes LZ4's default compression)
     * @return the compressor
     */
    public static ZarrCompressor lz4(int acceleration) {
        return new ZarrCompressor(Kind.LZ4, acceleration);
    }

    /**
     * Returns a zlib compressor.
     *
     * @param level the zlib level, -1 (default) to 9
     * @return the compressor
     */
    public static ZarrCompressor zlib(int level) {
        return new ZarrCompressor(Kind.ZLIB, level);
    }

    /**
     * Returns a gzip compressor.
     *
     * @param level the zlib level, -1 (default) to 9
     * @return the compressor
     */
    public static ZarrCompressor gzip(int level) {
        return new ZarrCompressor(Kind.GZIP, level);
    }

    /**
     * Returns the numcodecs codec id.
     *
     * @return the {@code "id"} value in {@code .zarray}
     */
    public String id() {
        return kind.id();
    }
}
