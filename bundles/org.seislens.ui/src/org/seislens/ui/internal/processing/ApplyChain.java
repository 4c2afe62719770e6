package org.seislens.ui.internal.processing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * What "Apply Chain to Dataset..." does with the viewer's dataset and chain: asks where the new dataset goes,
 * runs {@link ApplyChainJob}, and when it is written shows it in the viewer (raw, since its samples are the
 * processed ones), which also lists it in the Datasets view.
 */
final class ApplyChain {

    private ApplyChain() {
    }

    /**
     * Asks for the target directory and starts the job. Says why nothing starts when the viewer shows no
     * dataset or no chain, or the chosen directory holds something that is not a dataset.
     *
     * @param shell the parent of the dialogs
     * @param viewer the viewer whose dataset and chain are applied
     * @return the job started, or {@code null}
     */
    static @Nullable ApplyChainJob ask(Shell shell, SeismicViewerView viewer) {
        Dataset raw = viewer.dataset();
        ProcessingChain chain = viewer.chain();
        if (raw == null || chain == null) {
            MessageDialog.openInformation(shell, Messages.Apply_title, Messages.Apply_nothing);
            return null;
        }
        Path source = raw.descriptor().location();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Apply_title);
        Path parent = source.toAbsolutePath().getParent();
        if (parent != null) {
            dialog.setFilterPath(parent.toString());
        }
        dialog.setFileName(defaultName(source));
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = Path.of(chosen);
        DatasetService datasets = Services.require(viewer.getSite(), DatasetService.class);
        boolean force = false;
        if (Files.exists(target)) {
            if (!datasets.isDataset(target)) {
                MessageDialog.openError(shell, Messages.Apply_title, NLS.bind(Messages.Apply_notDataset, target));
                return null;
            }
            if (!MessageDialog.openQuestion(shell, Messages.Apply_title, NLS.bind(Messages.Apply_replace, target))) {
                return null;
            }
            force = true;
        }
        return start(viewer, target, force);
    }

    /**
     * @param source a dataset directory
     * @return {@code <name>-processed.seislens}
     */
    static String defaultName(Path source) {
        Path file = source.getFileName();
        String name = file == null ? "dataset" : file.toString(); //$NON-NLS-1$
        if (name.endsWith(".seislens")) { //$NON-NLS-1$
            name = name.substring(0, name.length() - ".seislens".length()); //$NON-NLS-1$
        }
        return name + "-processed.seislens"; //$NON-NLS-1$
    }

    /**
     * Starts processing the viewer's dataset with its chain into a target directory; when done, the viewer
     * shows the new dataset.
     *
     * @param viewer the viewer, which must show a dataset and a chain
     * @param target the dataset directory to create
     * @param force whether an existing dataset there is replaced
     * @return the job, scheduled
     */
    static ApplyChainJob start(SeismicViewerView viewer, Path target, boolean force) {
        Dataset raw = viewer.dataset();
        ProcessingChain chain = viewer.chain();
        if (raw == null || chain == null) {
            throw new IllegalStateException("The viewer shows no dataset or no chain"); //$NON-NLS-1$
        }
        Display display = viewer.getSite().getShell().getDisplay();
        ApplyChainJob job = new ApplyChainJob(Services.require(viewer.getSite(), DatasetService.class),
                Services.require(viewer.getSite(), ProcessingService.class), raw.descriptor().location(), chain,
                target, force, written -> display.asyncExec(() -> showWritten(viewer, written.dataset())));
        job.schedule();
        return job;
    }

    private static void showWritten(SeismicViewerView viewer, Path dataset) {
        if (viewer.canvas().isDisposed()) {
            return;
        }
        try {
            // The new dataset's samples are processed already: shown raw, not processed again.
            viewer.setChain(null);
        } catch (org.seislens.core.InvalidChainException e) {
            throw new IllegalStateException("Clearing a chain cannot fail", e); //$NON-NLS-1$
        }
        viewer.open(dataset);
    }
}
