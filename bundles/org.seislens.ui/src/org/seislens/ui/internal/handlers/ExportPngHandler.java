package org.seislens.ui.internal.handlers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.Messages;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Export View as PNG...: saves what the viewer shows, axes included, at the view's size or a chosen size. The
 * dialogs are here; {@link #export} and {@link #write} do the work without them.
 */
public class ExportPngHandler extends AbstractHandler {

    @Override
    public @Nullable Object execute(ExecutionEvent event) throws ExecutionException {
        SeismicViewerView viewer = Viewers.find(event);
        if (viewer == null || viewer.dataset() == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog files = new FileDialog(shell, SWT.SAVE);
        files.setText(Messages.Dialog_exportTitle);
        files.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
        files.setOverwrite(true);
        String file = files.open();
        if (file == null) {
            return null;
        }
        Rectangle plot = viewer.plotArea();
        InputDialog size = new InputDialog(shell, Messages.Dialog_exportTitle,
                NLS.bind(Messages.Dialog_exportSize, plot.width, plot.height), plot.width + "x" + plot.height, //$NON-NLS-1$
                text -> parseSize(text) == null ? Messages.Dialog_exportSizeInvalid : null);
        if (size.open() != Window.OK) {
            return null;
        }
        int[] wh = parseSize(size.getValue());
        if (wh != null) {
            export(viewer, Path.of(file), wh[0], wh[1]);
        }
        return null;
    }

    /**
     * Draws the view with a plot of the given size, axes around it, and writes it as a PNG file in a user
     * job. Call on the UI thread: the drawing happens here, the encoding and writing in the job.
     *
     * @param viewer the viewer
     * @param file the PNG file, replaced if it exists
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the job writing the file; its result is an error naming the file when writing fails
     */
    public static Job export(SeismicViewerView viewer, Path file, int width, int height) {
        ImageData picture = viewer.snapshot(width, height);
        Job job = Job.create(NLS.bind(Messages.Job_exportPng, file.getFileName()), monitor -> {
            try {
                write(picture, file);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Writes pixels as a PNG file: into a hidden temporary sibling first, renamed over the file at the end, so
     * that the file is never seen half written and a failure leaves nothing behind. Any thread.
     *
     * @param picture pixels
     * @param file the PNG file, replaced if it exists
     * @throws IOException if the file cannot be written; the message names the file and the cause
     */
    public static void write(ImageData picture, Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".writing-" + UUID.randomUUID()); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { picture };
                loader.save(out, SWT.IMAGE_PNG);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SWTException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IOException(NLS.bind(Messages.Error_exportFailed, file, e.getMessage()), e);
        }
    }

    /**
     * @param text "WIDTHxHEIGHT"
     * @return width and height, or {@code null} if the text is not a size between 16 and 16384
     */
    static int @Nullable [] parseSize(String text) {
        String[] parts = text.trim().toLowerCase().split("\\s*x\\s*"); //$NON-NLS-1$
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            return w < 16 || h < 16 || w > 16384 || h > 16384 ? null : new int[] { w, h };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
