package org.seislens.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.seislens.segy.FileKind;
import org.seislens.segy.OpenOptions;
import org.seislens.segy.SegyFormatException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.SegyReader;
import org.seislens.segy.TextualHeader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli info <dataset-dir|segy>}: what a dataset or a SEG-Y file holds.
 */
@Command(name = "info", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Describe a SeisLens dataset directory or a SEG-Y / Seismic Unix file.") //$NON-NLS-1$
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset-dir|segy>", description = "a dataset directory or a SEG-Y file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path path;

    @Option(names = "--json", description = "print one JSON object") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (Files.isDirectory(path)) {
            ObjectNode metadata = readMetadata(path);
            if (json) {
                out.println(Json.text(metadata));
            } else {
                printDataset(out, metadata);
            }
            return ExitCodes.OK;
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": does not exist"); //$NON-NLS-1$
        }
        try (SegyReader reader = SegyReader.open(path, OpenOptions.DEFAULT.withKind(FileKind.fromFileName(path)))) {
            SegyLayout layout = reader.layout();
            ObjectNode o = segyJson(layout);
            if (json) {
                out.println(Json.text(o));
            } else {
                printSegy(out, layout);
            }
        } catch (SegyFormatException e) {
            throw new BadInputException(e.getMessage().startsWith(path.toString()) ? e.getMessage()
                    : path + ": " + e.getMessage()); //$NON-NLS-1$
        }
        return ExitCodes.OK;
    }

    private static ObjectNode readMetadata(Path dir) throws BadInputException, IOException {
        Path file = dir.resolve("metadata.json"); //$NON-NLS-1$
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(dir + ": not a SeisLens dataset (no metadata.json)"); //$NON-NLS-1$
        }
        if (Files.size(file) > 64L << 20) {
            throw new BadInputException(file + ": larger than 64 MB, not a SeisLens metadata file"); //$NON-NLS-1$
        }
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            if (!(node instanceof ObjectNode o) || !"seislens-dataset".equals(o.path("format").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new BadInputException(file + ": not a SeisLens metadata file (no \"format\": \"seislens-dataset\")"); //$NON-NLS-1$
            }
            return o;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not valid JSON: " + e.getOriginalMessage()); //$NON-NLS-1$
        }
    }

    private static void printDataset(PrintWriter out, ObjectNode m) {
        out.println(String.format(Locale.ROOT, "SeisLens dataset (format version %d)", m.path("format_version").asInt())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(String.format(Locale.ROOT, "  traces:          %,d", m.path("trace_count").asLong())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(String.format(Locale.ROOT, "  samples/trace:   %d", m.path("sample_count").asInt())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(String.format(Locale.ROOT, "  sample interval: %s us", m.path("sample_interval_us").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("  dtype:           " + m.path("dtype").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode source = m.path("source"); //$NON-NLS-1$
        out.println("  source:          " + source.path("path").asText() + " (" + source.path("kind").asText() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " rev " + source.path("revision").asText() + ", format " + source.path("sample_format_code").asInt() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + ", " + source.path("byte_order").asText() + " endian)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode stats = m.path("statistics"); //$NON-NLS-1$
        out.println(String.format(Locale.ROOT, "  amplitudes:      min %g, max %g, mean %g, rms %g", //$NON-NLS-1$
                stats.path("min").asDouble(), stats.path("max").asDouble(), stats.path("mean").asDouble(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                stats.path("rms").asDouble())); //$NON-NLS-1$
        out.println("  ensemble keys:   " + m.path("ensemble_keys")); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode chunks = m.path("chunk_layout"); //$NON-NLS-1$
        out.println("  chunks:          " + chunks.path("chunks") + " " + chunks.path("compressor").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (JsonNode a : m.path("anomalies")) { //$NON-NLS-1$
            out.println("  tolerated:       " + a.asText()); //$NON-NLS-1$
        }
    }

    static ObjectNode segyJson(SegyLayout layout) {
        ObjectNode o = Json.object();
        o.put("path", layout.file().toAbsolutePath().toString()); //$NON-NLS-1$
        o.put("kind", layout.kind().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        o.put("size", layout.fileSize()); //$NON-NLS-1$
        o.put("revision", layout.revisionMajor() + "." + layout.revisionMinor()); //$NON-NLS-1$ //$NON-NLS-2$
        o.put("sample_format_code", layout.format().code()); //$NON-NLS-1$
        o.put("sample_format", layout.format().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        o.put("byte_order", layout.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        o.put("traces", layout.traceCount()); //$NON-NLS-1$
        o.put("samples", layout.samplesPerTrace()); //$NON-NLS-1$
        o.put("sample_interval_us", layout.sampleInterval()); //$NON-NLS-1$
        o.put("extended_textual_headers", layout.extendedTextualHeaders().size()); //$NON-NLS-1$
        o.put("additional_trace_headers", layout.additionalTraceHeaders()); //$NON-NLS-1$
        TextualHeader text = layout.textualHeader();
        o.put("textual_header", text == null ? "" : text.text()); //$NON-NLS-1$ //$NON-NLS-2$
        ObjectNode binary = o.putObject("binary_header"); //$NON-NLS-1$
        if (layout.binaryHeader() != null) {
            for (Map.Entry<String, Number> e : layout.binaryHeader().toMap().entrySet()) {
                Number v = e.getValue();
                if (v.doubleValue() == v.longValue()) {
                    binary.put(e.getKey(), v.longValue());
                } else {
                    binary.put(e.getKey(), v.doubleValue());
                }
            }
        }
        var anomalies = o.putArray("anomalies"); //$NON-NLS-1$
        layout.anomalies().forEach(anomalies::add);
        return o;
    }

    private static void printSegy(PrintWriter out, SegyLayout l) {
        out.println(String.format(Locale.ROOT, "%s: %s rev %d.%d, format %d (%s), %s endian", l.file(), //$NON-NLS-1$
                l.kind() == FileKind.SU ? "Seismic Unix" : "SEG-Y", l.revisionMajor(), l.revisionMinor(), //$NON-NLS-1$ //$NON-NLS-2$
                l.format().code(), l.format().name().toLowerCase(Locale.ROOT),
                l.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little")); //$NON-NLS-1$ //$NON-NLS-2$
        out.println(String.format(Locale.ROOT, "  %,d traces x %d samples at %s us, %d extended textual headers", //$NON-NLS-1$
                l.traceCount(), l.samplesPerTrace(), l.sampleInterval(), l.extendedTextualHeaders().size()));
        TextualHeader text = l.textualHeader();
        if (text != null) {
            for (String line : text.lines()) {
                if (!line.isBlank()) {
                    out.println("  | " + line.stripTrailing()); //$NON-NLS-1$
                }
            }
        }
        for (String a : l.anomalies()) {
            out.println("  tolerated: " + a); //$NON-NLS-1$
        }
    }
}
