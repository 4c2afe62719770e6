package org.seislens.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.ByteOrders;
import org.seislens.core.DatasetInfo;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.SegyPreview;
import org.seislens.core.SourceKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli info <dataset-dir|segy>}: what a dataset or a SEG-Y file holds.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "info", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Describe a SeisLens dataset directory or a SEG-Y / Seismic Unix file.") //$NON-NLS-1$
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset-dir|segy>", description = "a dataset directory or a SEG-Y file") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path path;

    @Option(names = "--json", description = "print one JSON object") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final DatasetService datasets;
    private final SegyImportService importer;

    @Inject
    InfoCommand(DatasetService datasets, SegyImportService importer) {
        this.datasets = datasets;
        this.importer = importer;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        if (Files.isDirectory(path)) {
            // The service validates the dataset (metadata, array description) before anything is printed.
            DatasetInfo info = datasets.describe(path, progress);
            JsonNode metadata = Json.mapper().readTree(info.metadataJson());
            if (json) {
                out.println(Json.text(metadata));
            } else {
                printDataset(out, metadata);
            }
            return ExitCodes.OK;
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": " + whatItIs(path)); //$NON-NLS-1$
        }
        SegyPreview preview = importer.preview(path, ImportOptions.defaults(), 0, progress);
        if (json) {
            out.println(Json.text(segyJson(preview)));
        } else {
            printSegy(out, preview);
        }
        return ExitCodes.OK;
    }

    /** Why a path that is neither a directory nor a regular file cannot be described. */
    static String whatItIs(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "does not exist"; //$NON-NLS-1$
        }
        if (!Files.exists(path)) {
            return "is a symbolic link to a file that does not exist"; //$NON-NLS-1$
        }
        String kind = "a special file"; //$NON-NLS-1$
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")).intValue() & 0170000; //$NON-NLS-1$
            kind = switch (type) {
                case 0010000 -> "a named pipe (FIFO)"; //$NON-NLS-1$
                case 0020000 -> "a character device"; //$NON-NLS-1$
                case 0060000 -> "a block device"; //$NON-NLS-1$
                case 0140000 -> "a socket"; //$NON-NLS-1$
                default -> kind;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // the generic word is still true
        }
        return "is " + kind + ", neither a dataset directory nor a SEG-Y file"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void printDataset(PrintWriter out, JsonNode m) {
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

    static ObjectNode segyJson(SegyPreview p) {
        ObjectNode o = Json.object();
        o.put("path", p.source().toAbsolutePath().toString()); //$NON-NLS-1$
        o.put("kind", p.kind().word()); //$NON-NLS-1$
        o.put("size", p.fileSize()); //$NON-NLS-1$
        o.put("revision", p.revision()); //$NON-NLS-1$
        o.put("sample_format_code", p.sampleFormatCode()); //$NON-NLS-1$
        o.put("sample_format", p.sampleFormat()); //$NON-NLS-1$
        o.put("byte_order", ByteOrders.word(p.byteOrder())); //$NON-NLS-1$
        o.put("traces", p.traceCount()); //$NON-NLS-1$
        o.put("samples", p.sampleCount()); //$NON-NLS-1$
        o.put("sample_interval_us", p.sampleIntervalUs()); //$NON-NLS-1$
        o.put("extended_textual_headers", p.extendedTextualHeaders().size()); //$NON-NLS-1$
        o.put("additional_trace_headers", p.additionalTraceHeaders()); //$NON-NLS-1$
        o.put("textual_header", p.textualHeaderText()); //$NON-NLS-1$
        ObjectNode binary = o.putObject("binary_header"); //$NON-NLS-1$
        for (SegyPreview.BinaryWord word : p.binaryHeader()) {
            Number v = word.value();
            if (v.doubleValue() == v.longValue()) {
                binary.put(word.name(), v.longValue());
            } else {
                binary.put(word.name(), v.doubleValue());
            }
        }
        var anomalies = o.putArray("anomalies"); //$NON-NLS-1$
        p.anomalies().forEach(anomalies::add);
        return o;
    }

    private static void printSegy(PrintWriter out, SegyPreview p) {
        out.println(String.format(Locale.ROOT, "%s: %s rev %s, format %d (%s), %s endian", p.source(), //$NON-NLS-1$
                p.kind() == SourceKind.SU ? "Seismic Unix" : "SEG-Y", p.revision(), //$NON-NLS-1$ //$NON-NLS-2$
                Integer.valueOf(p.sampleFormatCode()), p.sampleFormat(), ByteOrders.word(p.byteOrder())));
        out.println(String.format(Locale.ROOT, "  %,d traces x %d samples at %s us, %d extended textual headers", //$NON-NLS-1$
                Long.valueOf(p.traceCount()), Integer.valueOf(p.sampleCount()), Double.valueOf(p.sampleIntervalUs()),
                Integer.valueOf(p.extendedTextualHeaders().size())));
        for (String line : p.textualHeader()) {
            if (!line.isBlank()) {
                out.println("  | " + line.stripTrailing()); //$NON-NLS-1$
            }
        }
        for (String a : p.anomalies()) {
            out.println("  tolerated: " + a); //$NON-NLS-1$
        }
    }
}
