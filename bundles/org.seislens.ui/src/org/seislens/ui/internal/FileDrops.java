package org.seislens.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;

/**
 * Lets files and folders from the desktop be dropped on a control: the views that open datasets share it.
 */
public final class FileDrops {

    private FileDrops() {
        // static helpers only
    }

    /**
     * Accepts dropped files on a control; a drop copies, it never moves the files.
     *
     * @param control the control
     * @param dropped told the dropped paths
     */
    public static void accept(Control control, Consumer<String[]> dropped) {
        DropTarget drop = new DropTarget(control, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        drop.setTransfer(FileTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
                    event.detail = DND.DROP_COPY;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files) {
                    dropped.accept(files);
                }
            }
        });
    }
}
