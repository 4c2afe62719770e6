package org.seislens.zarr.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ChunkKeySeparator;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the JSON of {@code .zarray}, {@code .zgroup} and {@code .zattrs}.
 * <p>
 * Reading validates every field of untrusted metadata and refuses what this implementation cannot
 * honour (Fortran order, filters, other codecs) with a message naming the file. Writing follows
 * zarr-python 2.13 byte for byte.
 */
public final class ZarrMetadataJson {

    /** Configured once, then only read: Jackson mappers are thread-safe after configuration. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // zarr-python writes NaN and Infinity as bare literals in attributes, as Python's json does.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final TypeReference<LinkedHashMap<String, @Nullable Object>> MAP_TYPE = new TypeReference<>() {
    };

    private static final List<String> REQUIRED_KEYS = List.of("zarr_format", "shape", "chunks", "dtype", "compressor",
            "fill_value", "order", "filters");

    private ZarrMetadataJson() {
    }

    /**
     * Parses and validates a {@code .zarray} file.
     *
     * @param json the file content
     * @param file the file, for messages
     * @param limits the bounds for untrusted metadata
     * @return the metadata
     * @throws ZarrFormatException when the content is not valid or not supported Zarr v2 metadata
     */
    public static ZarrArrayMetadata parseArray(byte[] json, Path file, ZarrLimits limits) throws ZarrFormatException {
        JsonNode root = parseObject(json, file);
        for (String key : REQUIRED_KEYS) {
            if (!root.has(key)) {
                throw ZarrFormatException.inFile(file, "missing key \"" + key + "\"");
            }
        }
        checkZarrFormat(root, file);
        long[] shape = parseShape(root.get("shape"), file);
        int[] chunks = parseChunks(root.get("chunks"), file);
        ZarrDtype dtype = parseDtype(root.get("dtype"), file);
        @Nullable ZarrCompressor compressor = parseCompressor(root.get("compressor"), file);
        @Nullable Number fillValue = parseFillValue(root.get("fill_value"), dtype, file);
        checkOrder(root.get("order"), file);
        boolean shuffle = parseFilters(root.get("filters"), dtype, compressor, file);
        ChunkKeySeparator separator = parseSeparator(root.get("dimension_separator"), file);
        ZarrArrayMetadata metadata;
        try {
            metadata = new ZarrArrayMetadata(shape, chunks, dtype, compressor, fillValue, separator, shuffle);
        } catch (IllegalArgumentException e) {
            throw ZarrFormatException.inFile(file, e.getMessage());
        }
        limits.check(metadata, file);
        return metadata;
    }

    /**
     * Formats array metadata as zarr-python 2.13 writes {@code .zarray}.
     *
     * @param metadata the metadata
     * @return the JSON text (ASCII)
     */
    public static String formatArray(ZarrArrayMetadata metadata) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ArrayNode chunks = root.putArray("chunks");
        for (int extent : metadata.chunks()) {
            chunks.add(extent);
        }
        ZarrCompressor compressor = metadata.compressor();
        if (compressor == null) {
            root.putNull("compressor");
        } else {
            root.putObject("compressor").put("id", compressor.id()).put(compressor.kind().parameterName(),
                    compressor.level());
        }
        root.put("dimension_separator", metadata.dimensionSeparator().text());
        root.put("dtype", metadata.dtype().code());
        root.set("fill_value", fillValueNode(metadata, nodes));
        if (metadata.shuffle()) {
            // zarr-python writes a filter's keys sorted
            root.putArray("filters").addObject().put("elementsize", metadata.dtype().itemSize()).put("id", "shuffle");
        } else {
            root.putNull("filters");
        }
        root.put("order", "C");
        ArrayNode shape = root.putArray("shape");
        for (long extent : metadata.shape()) {
            shape.add(extent);
        }
        root.put("zarr_format", 2);
        return PythonJson.format(root);
    }

    /**
     * Checks a {@code .zgroup} file.
     *
     * @param json the file content
     * @param file the file, for messages
     * @throws ZarrFormatException when it is not a Zarr v2 group
     */
    public static void checkGroup(byte[] json, Path file) throws ZarrFormatException {
        JsonNode root = parseObject(json, file);
        if (!root.has("zarr_format")) {
            throw ZarrFormatException.inFile(file, "missing key \"zarr_format\"");
        }
        checkZarrFormat(root, file);
    }

    /**
     * Formats the content of a {@code .zgroup} file.
     *
     * @return the JSON text
     */
    public static String formatGroup() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("zarr_format", 2);
        return PythonJson.format(root);
    }

    /**
     * Parses a {@code .zattrs} file.
     *
     * @param json the file content
     * @param file the file, for messages
     * @return the attributes in file order: strings, numbers ({@link Integer}, {@link Long},
     *         {@link BigInteger}, {@link Double}), booleans, {@code null}, lists and maps
     * @throws ZarrFormatException when the content is not a JSON object
     */
    public static Map<String, @Nullable Object> parseAttributes(byte[] json, Path file) throws ZarrFormatException {
        parseObject(json, file);
        try {
            return MAPPER.readValue(json, MAP_TYPE);
        } catch (IOException e) {
            throw new ZarrFormatException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Formats attributes as zarr-python writes {@code .zattrs}.
     *
     * @param attributes the attributes: anything Jackson can turn into JSON
     * @return the JSON text (ASCII)
     * @throws IllegalArgumentException when a value cannot be turned into JSON
     */
    public static String formatAttributes(Map<String, ?> attributes) {
        return PythonJson.format(MAPPER.valueToTree(attributes));
    }

    private static JsonNode parseObject(byte[] json, Path file) throws ZarrFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ZarrFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ZarrFormatException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw ZarrFormatException.inFile(file, "not a JSON object");
        }
        return root;
    }

    private static void checkZarrFormat(JsonNode root, Path file) throws ZarrFormatException {
        JsonNode format = root.get("zarr_format");
        if (!format.isIntegralNumber() || !format.canConvertToInt() || format.intValue() != 2) {
            throw ZarrFormatException.inFile(file, "zarr_format " + format + " is not supported (only 2)");
        }
    }

    private static long[] parseShape(JsonNode node, Path file) throws ZarrFormatException {
        if (!node.isArray()) {
            throw ZarrFormatException.inFile(file, "shape " + node + " is not a list of integers");
        }
        if (node.size() > ZarrArrayMetadata.MAX_RANK) {
            throw ZarrFormatException.inFile(file, "rank " + node.size() + " exceeds " + ZarrArrayMetadata.MAX_RANK);
        }
        long[] shape = new long[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode extent = node.get(i);
            if (!extent.isIntegralNumber() || !extent.canConvertToLong() || extent.longValue() < 0) {
                throw ZarrFormatException.inFile(file, "shape " + node + " holds " + extent
                        + ", not a non-negative 64-bit integer");
            }
            shape[i] = extent.longValue();
        }
        return shape;
    }

    private static int[] parseChunks(JsonNode node, Path file) throws ZarrFormatException {
        if (!node.isArray()) {
            throw ZarrFormatException.inFile(file, "chunks " + node + " is not a list of integers");
        }
        if (node.size() > ZarrArrayMetadata.MAX_RANK) {
            throw ZarrFormatException.inFile(file, "chunk rank " + node.size() + " exceeds " + ZarrArrayMetadata.MAX_RANK);
        }
        int[] chunks = new int[node.size()];
        for (int i = 0; i < chunks.length; i++) {
            JsonNode extent = node.get(i);
            if (!extent.isIntegralNumber() || !extent.canConvertToInt() || extent.intValue() < 1) {
                throw ZarrFormatException.inFile(file, "chunks " + node + " holds " + extent
                        + ", not a positive 32-bit integer");
            }
            chunks[i] = extent.intValue();
        }
        return chunks;
    }

    private static ZarrDtype parseDtype(JsonNode node, Path file) throws ZarrFormatException {
        if (!node.isTextual()) {
            throw ZarrFormatException.inFile(file, "dtype " + node + " is not supported (structured dtypes are not)");
        }
        try {
            return ZarrDtype.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            throw ZarrFormatException.inFile(file, e.getMessage());
        }
    }

    private static @Nullable ZarrCompressor parseCompressor(JsonNode node, Path file) throws ZarrFormatException {
        if (node.isNull()) {
            return null;
        }
        if (!node.isObject() || !node.path("id").isTextual()) {
            throw ZarrFormatException.inFile(file, "compressor " + node + " is neither null nor a codec with an id");
        }
        String id = node.get("id").textValue();
        ZarrCompressor.Kind kind = ZarrCompressor.Kind.fromId(id);
        if (kind == null) {
            throw ZarrFormatException.inFile(file, "compressor \"" + id
                    + "\" is not supported (supported: zstd, lz4, zlib, gzip or null)");
        }
        // numcodecs' defaults when the parameter is absent: Zstd level 1, LZ4 acceleration 1, Zlib and GZip level 1.
        int level = 1;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("id")) {
                continue;
            }
            if (key.equals(kind.parameterName())) {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    throw ZarrFormatException.inFile(file, id + " " + key + " " + value + " is not an integer");
                }
                level = value.intValue();
            } else if (kind == ZarrCompressor.Kind.ZSTD && key.equals("checksum") && value.isBoolean()) {
                // Newer numcodecs records whether frames carry a checksum; zstd verifies it on its own.
                continue;
            } else {
                throw ZarrFormatException.inFile(file, "unknown " + id + " parameter \"" + key + "\"");
            }
        }
        try {
            return new ZarrCompressor(kind, level);
        } catch (IllegalArgumentException e) {
            throw ZarrFormatException.inFile(file, e.getMessage());
        }
    }

    private static @Nullable Number parseFillValue(JsonNode node, ZarrDtype dtype, Path file) throws ZarrFormatException {
        if (node.isNull()) {
            return null;
        }
        boolean isFloat = dtype.type().isFloatingPoint();
        if (node.isTextual()) {
            String text = node.textValue();
            if (isFloat) {
                switch (text) {
                    case "NaN":
                        return Double.valueOf(Double.NaN);
                    case "Infinity":
                        return Double.valueOf(Double.POSITIVE_INFINITY);
                    case "-Infinity":
                        return Double.valueOf(Double.NEGATIVE_INFINITY);
                    default:
                        break;
                }
            }
            throw ZarrFormatException.inFile(file, "fill_value \"" + text + "\" is not valid for dtype " + dtype);
        }
        if (!node.isNumber()) {
            throw ZarrFormatException.inFile(file, "fill_value " + node + " is not valid for dtype " + dtype);
        }
        if (isFloat) {
            return Double.valueOf(node.doubleValue());
        }
        return node.isIntegralNumber() ? node.bigIntegerValue() : node.decimalValue();
    }

    private static void checkOrder(JsonNode node, Path file) throws ZarrFormatException {
        if ("C".equals(node.textValue())) {
            return;
        }
        if ("F".equals(node.textValue())) {
            throw ZarrFormatException.inFile(file, "order \"F\" (Fortran) is not supported; only \"C\" is");
        }
        throw ZarrFormatException.inFile(file, "order " + node + " is neither \"C\" nor \"F\"");
    }

    /** @return whether the filters are exactly one numcodecs shuffle of the item size */
    private static boolean parseFilters(JsonNode node, ZarrDtype dtype, @Nullable ZarrCompressor compressor,
            Path file) throws ZarrFormatException {
        if (node.isNull() || (node.isArray() && node.isEmpty())) {
            return false;
        }
        if (node.isArray() && node.size() == 1 && "shuffle".equals(node.get(0).path("id").asText())) {
            JsonNode size = node.get(0).path("elementsize");
            if (!size.canConvertToInt() || !size.isIntegralNumber() || size.intValue() != dtype.itemSize()) {
                throw ZarrFormatException.inFile(file, "shuffle filter with elementsize " + size
                        + " is not supported; only the dtype's item size " + dtype.itemSize() + " is");
            }
            if (compressor == null) {
                throw ZarrFormatException.inFile(file, "the shuffle filter without a compressor is not supported");
            }
            return true;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode filter : node) {
            ids.add(filter.path("id").asText("?"));
        }
        throw ZarrFormatException.inFile(file, "filters other than one shuffle are not supported (found " + (node.isArray() ? ids : node) + ")");
    }

    private static ChunkKeySeparator parseSeparator(@Nullable JsonNode node, Path file) throws ZarrFormatException {
        if (node == null || node.isNull()) {
            return ChunkKeySeparator.DOT;
        }
        ChunkKeySeparator separator = node.isTextual() ? ChunkKeySeparator.fromText(node.textValue()) : null;
        if (separator == null) {
            throw ZarrFormatException.inFile(file, "dimension_separator " + node + " is neither \".\" nor \"/\"");
        }
        return separator;
    }

    private static JsonNode fillValueNode(ZarrArrayMetadata metadata, JsonNodeFactory nodes) {
        Number fill = metadata.fillValue();
        if (fill == null) {
            return nodes.nullNode();
        }
        if (metadata.dtype().type().isFloatingPoint()) {
            double value = fill.doubleValue();
            // zarr-python writes non-finite fill values as strings, unlike attribute values.
            if (Double.isNaN(value)) {
                return nodes.textNode("NaN");
            }
            if (Double.isInfinite(value)) {
                return nodes.textNode(value > 0 ? "Infinity" : "-Infinity");
            }
            return nodes.numberNode(value);
        }
        if (metadata.dtype().type() == ZarrDataType.UINT64) {
            return nodes.numberNode(new BigInteger(Long.toUnsignedString(fill.longValue())));
        }
        return nodes.numberNode(fill.longValue());
    }
}
