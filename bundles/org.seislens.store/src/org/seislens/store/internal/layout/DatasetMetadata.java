package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The content of a dataset's {@code metadata.json}. Field names are written in lower snake case; they are a
 * contract that scripts rely on (see README.md).
 *
 * @param format always {@link #FORMAT}
 * @param formatVersion version of this layout, {@link #FORMAT_VERSION}
 * @param createdBy the program that wrote the dataset
 * @param created when the import finished (ISO-8601)
 * @param traceCount number of traces
 * @param sampleCount samples per trace
 * @param sampleIntervalUs sample interval in microseconds (or the file's depth unit times 1000)
 * @param dtype NumPy/Zarr dtype of the stored samples
 * @param source the SEG-Y file the dataset was imported from
 * @param textualHeaders the textual header and then each extended textual header, decoded to text
 * @param binaryHeader the binary header's fields by name
 * @param chunkLayout how samples are stored
 * @param statistics amplitude statistics over all samples
 * @param ensembleKeys the header keys with an index in {@code ensembles/}
 * @param anomalies everything the importer tolerated
 */
public record DatasetMetadata(String format, int formatVersion, String createdBy, String created, long traceCount,
        int sampleCount, double sampleIntervalUs, String dtype, Source source, List<String> textualHeaders,
        Map<String, Number> binaryHeader, ChunkLayout chunkLayout, Statistics statistics, List<String> ensembleKeys,
        List<String> anomalies) {

    /** Name of the file in a dataset directory. */
    public static final String FILE_NAME = DatasetLayout.METADATA;
    /** Value of {@code format}. */
    public static final String FORMAT = DatasetLayout.FORMAT;
    /** Current layout version. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The source file.
     *
     * @param path absolute path when imported
     * @param size size in bytes
     * @param modified last modification time (ISO-8601)
     * @param kind {@code segy} or {@code su}
     * @param revision SEG-Y revision as "major.minor"
     * @param sampleFormatCode the SEG-Y sample format code
     * @param sampleFormat the format's name
     * @param byteOrder {@code big} or {@code little}
     * @param additionalTraceHeaders rev 2 additional trace headers per trace
     */
    public record Source(String path, long size, String modified, String kind, String revision, int sampleFormatCode,
            String sampleFormat, String byteOrder, int additionalTraceHeaders) {
    }

    /**
     * How samples are stored.
     *
     * @param array the Zarr array's directory in the dataset
     * @param shape traces and samples
     * @param chunks chunk extent in traces and in samples
     * @param compressor the Zarr compressor id
     */
    public record ChunkLayout(String array, List<Long> shape, List<Integer> chunks, String compressor) {
    }

    /**
     * Amplitude statistics.
     *
     * @param min smallest finite sample
     * @param max largest finite sample
     * @param mean mean of finite samples
     * @param rms root mean square of finite samples
     * @param count number of finite samples
     * @param nonFinite number of NaN or infinite samples
     */
    public record Statistics(double min, double max, double mean, double rms, long count, long nonFinite) {
    }

    /** @return a mapper that reads and writes metadata.json */
    public static ObjectMapper mapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @param file where to write
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        mapper().writeValue(file.toFile(), this);
    }
}
