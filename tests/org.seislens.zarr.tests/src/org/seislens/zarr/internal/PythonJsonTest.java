package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class PythonJsonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "0.0|0.0", "-0.0|-0.0", "1.0|1.0", "-999.25|-999.25", "0.1|0.1", "1.5|1.5", "100.0|100.0",
            "0.0001|0.0001", "0.00001|1e-05", "1.25e-7|1.25e-07", "1e16|1e+16", "1234567890123456.0|1234567890123456.0",
            "1.5e20|1.5e+20", "3.4028234663852886e38|3.4028234663852886e+38", "4.9e-324|5e-324",
            "1.7976931348623157e308|1.7976931348623157e+308", "123456.789|123456.789", "1e22|1e+22",
            "9007199254740993|9007199254740992.0" })
    void formatsDoublesAsPythonRepr(double value, String python) {
        assertEquals(python, PythonJson.formatDouble(value));
    }

    @Test
    void formatsNonFiniteValuesAsPythonJson() {
        assertEquals("NaN", PythonJson.formatDouble(Double.NaN));
        assertEquals("Infinity", PythonJson.formatDouble(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", PythonJson.formatDouble(Double.NEGATIVE_INFINITY));
    }

    @Test
    void formatsLikeJsonDumpsWithIndentFourAndSortedKeys() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of(Integer.valueOf(1), Double.valueOf(1.5), "x"));
        value.put("a", Integer.valueOf(1));
        value.put("empty list", List.of());
        value.put("empty map", Map.of());
        value.put("text", "quote\" backslash\\ tab\t é \u2603 \u007f");
        // Text produced by json.dumps(value, indent=4, sort_keys=True, ensure_ascii=True, separators=(',', ': ')).
        String expected = """
                {
                    "a": 1,
                    "b": [
                        1,
                        1.5,
                        "x"
                    ],
                    "empty list": [],
                    "empty map": {},
                    "text": "quote\\" backslash\\\\ tab\\t \\u00e9 \\u2603 \\u007f"
                }""";
        assertEquals(expected, PythonJson.format(new ObjectMapper().valueToTree(value)));
    }

    @Test
    void sortsKeysByCodePoint() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("\uFF21", Integer.valueOf(2));
        value.put("\uD83D\uDE00", Integer.valueOf(3));
        value.put("Z", Integer.valueOf(1));
        String text = PythonJson.format(new ObjectMapper().valueToTree(value));
        assertEquals("{\n    \"Z\": 1,\n    \"\\uff21\": 2,\n    \"\\ud83d\\ude00\": 3\n}", text);
    }
}
