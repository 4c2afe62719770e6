package org.seislens.zarr.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes JSON exactly as zarr-python 2.13 does ({@code json.dumps(o, indent=4, sort_keys=True,
 * ensure_ascii=True, separators=(',', ': '))}), so that metadata written here is byte-identical to
 * the metadata zarr-python would write for the same array.
 * <p>
 * Jackson's pretty printer differs in details that matter for byte equality (empty containers,
 * float notation, escapes), hence this small writer.
 */
public final class PythonJson {

    private static final String INDENT = "    ";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonJson() {
    }

    /**
     * Formats a JSON tree.
     *
     * @param node the tree
     * @return the text, without a trailing newline, as Python writes it
     */
    public static String format(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out, 0);
        return out.toString();
    }

    /**
     * Formats a double as Python's {@code repr(float)} does, with {@code NaN}, {@code Infinity} and
     * {@code -Infinity} as Python's {@code json} module writes them.
     *
     * @param value the value
     * @return for example {@code "0.0"}, {@code "-999.25"}, {@code "1e-05"} or {@code "1.5e+20"}
     */
    public static String formatDouble(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest digits that round-trip (JDK 19+), as Python's
        // repr does; only the layout of those digits differs.
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(value))).stripTrailingZeros();
        if (decimal.precision() == 2) {
            // For a one-digit shortest form Java may print the closer two-digit decimal (4.9E-324);
            // Python prints the shortest (5e-324).
            BigDecimal shorter = decimal.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() == Math.abs(value)) {
                decimal = shorter.stripTrailingZeros();
            }
        }
        String digits = decimal.unscaledValue().toString();
        int pointPosition = digits.length() - decimal.scale();
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (pointPosition > -4 && pointPosition <= 16) {
            if (pointPosition <= 0) {
                out.append("0.");
                out.repeat('0', -pointPosition);
                out.append(digits);
            } else if (pointPosition >= digits.length()) {
                out.append(digits);
                out.repeat('0', pointPosition - digits.length());
                out.append(".0");
            } else {
                out.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = pointPosition - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out, depth);
            case ARRAY -> writeArray(node, out, depth);
            case STRING, BINARY -> writeString(node.asText(), out);
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    out.append(node.bigIntegerValue());
                } else {
                    out.append(formatDouble(node.doubleValue()));
                }
            }
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case POJO -> writeString(node.asText(), out);
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
        // Python sorts keys by code point; String.compareTo sorts by UTF-16 unit.
        entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> entry : entries) {
            out.append(first ? "\n" : ",\n");
            first = false;
            out.repeat(INDENT, depth + 1);
            writeString(entry.getKey(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
        }
        out.append('\n');
        out.repeat(INDENT, depth);
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out, int depth) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            out.repeat(INDENT, depth + 1);
            write(node.get(i), out, depth + 1);
        }
        out.append('\n');
        out.repeat(INDENT, depth);
        out.append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        // ensure_ascii: everything outside printable ASCII as a UTF-16 escape.
                        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
