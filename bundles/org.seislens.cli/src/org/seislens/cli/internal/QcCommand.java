package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.QcService;
import org.seislens.core.QcSummary;
import org.seislens.core.QcThresholds;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli qc <dataset> [--key K] [--json]}: computes per-trace attributes and automatic flags and
 * writes them to {@code qc/attributes.parquet} in the dataset.
 */
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "qc", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Compute trace attributes and flags (dead, weak, strong, spike, reversed, geometry) " //$NON-NLS-1$
                + "into qc/attributes.parquet.") //$NON-NLS-1$
final class QcCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path dataset;

    @Option(names = "--key", paramLabel = "K", description = "ensemble key the flags compare traces within (default: field_record)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String key = QcThresholds.DEFAULTS.key();

    @Option(names = "--json", description = "print one JSON object: traces, flagged (count per reason), seconds") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final QcService qc;

    @Inject
    QcCommand(QcService qc) {
        this.qc = qc;
    }

    @Override
    public Integer call() throws Exception {
        QcSummary s = qc.run(dataset, QcThresholds.DEFAULTS.withKey(key),
                new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("traces", s.traces()); //$NON-NLS-1$
            ObjectNode flagged = o.putObject("flagged"); //$NON-NLS-1$
            for (Map.Entry<String, Long> e : s.flagged().entrySet()) {
                flagged.put(e.getKey(), e.getValue().longValue());
            }
            o.put("seconds", s.seconds()); //$NON-NLS-1$
            out.println(Json.text(o));
        } else {
            StringBuilder reasons = new StringBuilder();
            s.flagged().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> reasons
                    .append(String.format(Locale.ROOT, " %s %,d", e.getKey(), e.getValue()))); //$NON-NLS-1$
            out.println(String.format(Locale.ROOT, "%s: %,d traces in %.1f s; flagged:%s", dataset, //$NON-NLS-1$
                    Long.valueOf(s.traces()), Double.valueOf(s.seconds()), reasons));
        }
        return ExitCodes.OK;
    }
}
