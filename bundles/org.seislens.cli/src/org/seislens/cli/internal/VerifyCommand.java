package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.DatasetService;
import org.seislens.core.DatasetVerification;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli verify <dataset> [--json]}: checks everything a reader of the dataset relies on and
 * reports each problem with its path; exit status 2 when the dataset is damaged, 0 when it is sound.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "verify", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Check a dataset: metadata, every sample chunk, header and index row counts, statistics. " //$NON-NLS-1$
                + "Exit status 2 when it is damaged.") //$NON-NLS-1$
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>", description = "a dataset directory") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path dataset;

    @Option(names = "--json", description = "print one JSON object: dataset, chunks_checked, sound, problems") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final DatasetService datasets;

    @Inject
    VerifyCommand(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        DatasetVerification result = datasets.verify(dataset, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.text(toJson(result)));
        } else if (result.sound()) {
            out.println(String.format(Locale.ROOT, "%s: sound (%,d chunks checked)", result.dataset(), //$NON-NLS-1$
                    Long.valueOf(result.chunksChecked())));
        } else {
            out.println(String.format(Locale.ROOT, "%s: damaged, %d problem%s (%,d chunks checked)", result.dataset(), //$NON-NLS-1$
                    Integer.valueOf(result.problems().size()), result.problems().size() == 1 ? "" : "s", //$NON-NLS-1$ //$NON-NLS-2$
                    Long.valueOf(result.chunksChecked())));
            for (DatasetVerification.Problem p : result.problems()) {
                out.println("  " + p.path() + ": " + p.problem()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!result.sound()) {
            spec.commandLine().getErr().println("seislens-cli: " + result.dataset() + ": damaged, " //$NON-NLS-1$ //$NON-NLS-2$
                    + result.problems().size() + " problem(s) found"); //$NON-NLS-1$
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(DatasetVerification result) {
        ObjectNode o = Json.object();
        o.put("dataset", result.dataset().toAbsolutePath().toString()); //$NON-NLS-1$
        o.put("chunks_checked", result.chunksChecked()); //$NON-NLS-1$
        o.put("sound", result.sound()); //$NON-NLS-1$
        ArrayNode problems = o.putArray("problems"); //$NON-NLS-1$
        for (DatasetVerification.Problem p : result.problems()) {
            ObjectNode item = problems.addObject();
            item.put("path", p.path().toString()); //$NON-NLS-1$
            item.put("problem", p.problem()); //$NON-NLS-1$
        }
        return o;
    }
}
