package org.seislens.ui.internal.datasets;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.seislens.core.DatasetService;

/**
 * Finds the datasets of a folder the user adds to the Datasets view: the folder itself when it is one, else every
 * dataset directory directly inside it. It reads the folder, which may sit on a slow share: call it from a job.
 */
final class DatasetFolders {

    private DatasetFolders() {
    }

    /**
     * Asks for a folder, then adds its datasets in a user job: a folder may sit on a slow share, so it is never
     * listed on the UI thread.
     *
     * @param shell the dialog's parent
     * @param add adds the datasets of a folder, off the UI thread, as {@link DatasetsView#addFolder} does
     */
    static void chooseAndAdd(Shell shell, ToIntFunction<Path> add) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.Dialog_addFolderTitle);
        dialog.setMessage(Messages.Dialog_addFolderMessage);
        String chosen = dialog.open();
        if (chosen != null) {
            Path folder = Path.of(chosen);
            Job scan = Job.create(NLS.bind(Messages.Job_scan, folder), monitor -> {
                add.applyAsInt(folder);
            });
            scan.setUser(true);
            scan.schedule();
        }
    }

    /**
     * @param datasets tells dataset directories from others
     * @param folder a folder
     * @return the folder itself if it is a dataset, else the datasets directly inside it, sorted
     * @throws IOException if the folder cannot be listed
     */
    static List<Path> datasetsIn(DatasetService datasets, Path folder) throws IOException {
        if (datasets.isDataset(folder)) {
            return List.of(folder);
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path child : children) {
                if (datasets.isDataset(child)) {
                    found.add(child);
                }
            }
        }
        found.sort(null);
        return List.copyOf(found);
    }
}
