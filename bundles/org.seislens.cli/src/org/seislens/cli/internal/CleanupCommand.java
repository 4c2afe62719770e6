package org.seislens.cli.internal;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.seislens.core.DatasetService;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seislens-cli cleanup <dir> [--json]}: removes what interrupted imports left in a directory (their
 * hidden temporary directories, once no running process holds them) and prints each path removed. Given an
 * {@code s3://bucket/prefix}, removes the objects of interrupted writes under the prefix and one level below it
 * (those beside a writer's marker whose writer is gone, with no metadata.json), and their local staging
 * directories.
 */
// picocli sets the option fields by reflection after construction, so fields carry no null default.
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.TYPE_BOUND,
        DefaultLocation.TYPE_ARGUMENT })
@Command(name = "cleanup", mixinStandardHelpOptions = true, //$NON-NLS-1$
        description = "Remove what interrupted imports left in a directory or an s3://bucket/prefix; print each path removed.") //$NON-NLS-1$
final class CleanupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "the directory (or s3://bucket/prefix) that holds datasets") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String location;

    @Option(names = "--json", description = "print one JSON object: directory, removed") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    private final DatasetService datasets;

    @Inject
    CleanupCommand(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public Integer call() throws Exception {
        Path directory = datasets.location(location);
        boolean remote = !directory.getFileSystem().equals(FileSystems.getDefault());
        if (!remote && !Files.isDirectory(directory)) {
            throw new BadInputException(directory + ": " //$NON-NLS-1$
                    + (Files.exists(directory) ? "is not a directory" : "does not exist")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Path> removed = datasets.removeLeftovers(directory, new ConsoleProgress(spec.commandLine().getErr()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            o.put("directory", remote ? directory.toString() : directory.toAbsolutePath().toString()); //$NON-NLS-1$
            ArrayNode paths = o.putArray("removed"); //$NON-NLS-1$
            removed.forEach(p -> paths.add(p.toString()));
            out.println(Json.text(o));
        } else if (removed.isEmpty()) {
            out.println(directory + ": nothing to remove"); //$NON-NLS-1$
        } else {
            for (Path p : removed) {
                out.println("removed " + p); //$NON-NLS-1$
            }
        }
        return ExitCodes.OK;
    }
}
