package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.QcAttributes;
import org.seislens.core.QcService;
import org.seislens.core.TraceEdit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli edits <dataset> [--kill LIST] [--reverse LIST] [--clear LIST] [--from-flags r1,r2,...]
 * [--reason TEXT] [--json]}: changes and lists the trace edits kept in {@code qc/edits.parquet}.
 */
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "edits", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Kill, reverse or clear traces (LIST = 1,4,10-19), or edit the traces QC flagged; " //$NON-NLS-1$
                + "prints the edits.") //$NON-NLS-1$
final class EditsCommand implements Callable<Integer> {

    private static final String REVERSED = "reversed"; //$NON-NLS-1$

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path dataset;

    @Option(names = "--kill", paramLabel = "LIST", description = "traces to kill (written as zeros)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    @Nullable
    String kill;

    @Option(names = "--reverse", paramLabel = "LIST", description = "traces to reverse (negated)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    @Nullable
    String reverse;

    @Option(names = "--clear", paramLabel = "LIST", description = "traces whose edit is removed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    @Nullable
    String clear;

    @Option(names = "--from-flags", paramLabel = "r1,r2,...", description = "kill the traces flagged for these reasons; reversed ones are reversed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    @Nullable
    String fromFlags;

    @Option(names = "--reason", paramLabel = "TEXT", description = "reason recorded with --kill and --reverse") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String reason = ""; //$NON-NLS-1$

    @Option(names = "--json", description = "print one JSON object: edits (trace_index, action, reason, time), killed, reversed") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final QcService qc;

    @Inject
    EditsCommand(QcService qc) {
        this.qc = qc;
    }

    @Override
    public Integer call() throws Exception {
        TreeMap<Long, TraceEdit> edits = new TreeMap<>();
        for (TraceEdit e : qc.readEdits(dataset)) {
            edits.put(Long.valueOf(e.traceIndex()), e);
        }
        boolean changed = false;
        Instant now = Instant.now();
        String flags = fromFlags;
        if (flags != null) {
            Set<String> wanted = Set.of(flags.split(",")); //$NON-NLS-1$
            QcAttributes a = qc.readAttributes(dataset);
            for (int r = 0; r < a.traceIndices().length; r++) {
                for (String why : a.reasons(r)) {
                    if (wanted.contains(why)) {
                        TraceEdit.Action action = REVERSED.equals(why) ? TraceEdit.Action.REVERSE
                                : TraceEdit.Action.KILL;
                        TraceEdit old = edits.get(Long.valueOf(a.traceIndices()[r]));
                        if (old == null || old.action() == TraceEdit.Action.REVERSE) {
                            // A kill wins over a reversal: a trace flagged both ways is of no use.
                            edits.put(Long.valueOf(a.traceIndices()[r]),
                                    new TraceEdit(a.traceIndices()[r], action, why, now));
                        }
                    }
                }
            }
            changed = true;
        }
        changed |= apply(kill, t -> edits.put(t, new TraceEdit(t.longValue(), TraceEdit.Action.KILL, reason, now)));
        changed |= apply(reverse,
                t -> edits.put(t, new TraceEdit(t.longValue(), TraceEdit.Action.REVERSE, reason, now)));
        changed |= apply(clear, edits::remove);
        List<TraceEdit> all = new ArrayList<>(edits.values());
        if (changed) {
            qc.writeEdits(dataset, all);
        }
        print(all);
        return ExitCodes.OK;
    }

    private static boolean apply(@Nullable String list, java.util.function.Consumer<Long> action)
            throws BadInputException {
        if (list == null) {
            return false;
        }
        for (long t : parse(list)) {
            action.accept(Long.valueOf(t));
        }
        return true;
    }

    /**
     * @param list trace indices such as {@code 1,4,10-19}
     * @return the indices
     * @throws BadInputException if the list is not indices and ranges
     */
    static long[] parse(String list) throws BadInputException {
        List<Long> out = new ArrayList<>();
        for (String part : list.split(",")) { //$NON-NLS-1$
            String p = part.trim();
            try {
                int dash = p.indexOf('-', 1);
                long from = Long.parseLong(dash < 0 ? p : p.substring(0, dash).trim());
                long to = dash < 0 ? from : Long.parseLong(p.substring(dash + 1).trim());
                if (from < 0 || to < from || to - from > 100_000_000L) {
                    throw new BadInputException("Trace range " + p + " is not a range of trace indices"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                for (long t = from; t <= to; t++) {
                    out.add(Long.valueOf(t));
                }
            } catch (NumberFormatException e) {
                throw new BadInputException("Trace list " + list + ": " + p + " is not a trace index or range"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private void print(List<TraceEdit> all) {
        PrintWriter out = spec.commandLine().getOut();
        long killed = all.stream().filter(e -> e.action() == TraceEdit.Action.KILL).count();
        if (json) {
            ObjectNode o = Json.object();
            var list = o.putArray("edits"); //$NON-NLS-1$
            for (TraceEdit e : all) {
                ObjectNode item = list.addObject();
                item.put("trace_index", e.traceIndex()); //$NON-NLS-1$
                item.put("action", e.action().label()); //$NON-NLS-1$
                item.put("reason", e.reason()); //$NON-NLS-1$
                item.put("time", e.time().toString()); //$NON-NLS-1$
            }
            o.put("killed", killed); //$NON-NLS-1$
            o.put("reversed", all.size() - killed); //$NON-NLS-1$
            out.println(Json.text(o));
        } else {
            out.println(String.format(Locale.ROOT, "%s: %,d killed, %,d reversed", dataset, //$NON-NLS-1$
                    Long.valueOf(killed), Long.valueOf(all.size() - killed)));
        }
    }
}
