package org.seislens.store.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.store.internal.importer.SegyImporter;
import org.seislens.store.internal.storage.Storage;

/**
 * An import in a JVM of its own, started by {@link ChildJvm} so that a test can kill it or give it a small
 * heap. Arguments: the source file, the dataset directory (or s3:// location, with the aws.* system properties), and {@code force} to replace a dataset. It prints
 * {@code importing} when the import starts; it exits 0 when it is done, 2 with the message on a
 * {@link DatasetException}, 1 with the stack trace on anything else.
 */
public final class ImportChild {

    private ImportChild() {
    }

    /**
     * @param args source, dataset directory, optionally {@code force}
     */
    public static void main(String[] args) {
        try {
            ImportOptions options = ImportOptions.defaults().withForce(args.length > 2 && args[2].equals("force"));
            System.out.println("importing");
            System.out.flush();
            ImportSummary summary = new SegyImporter().importFile(Path.of(args[0]), new Storage().path(args[1]), options,
                    new NullProgressMonitor());
            System.out.println("imported " + summary.traces() + " traces");
            System.out.flush();
            System.exit(0);
        } catch (DatasetException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
