package org.seislens.rcp.internal;

import java.util.function.Function;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.FrameworkUtil;

/**
 * Help &gt; About SeisLens: the product's icon and description and a table of versions (SeisLens and its
 * bundles, the platform, Java, the system, the heap), with a button copying them for a bug report and one
 * opening the platform's installation details.
 */
public class AboutDialog extends Dialog {

    /** Button id of "Copy Versions". */
    public static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    /** Button id of "Installation Details". */
    public static final int DETAILS_ID = IDialogConstants.CLIENT_ID + 2;

    private static final String INSTALLATION_DIALOG = "org.eclipse.ui.help.installationDialog"; //$NON-NLS-1$

    private final VersionReport report;

    private @Nullable Image image;

    private @Nullable TableViewer table;

    /**
     * @param parent the parent shell
     * @param report the versions shown
     */
    public AboutDialog(Shell parent, VersionReport report) {
        super(parent);
        this.report = report;
    }

    /**
     * @return the report of the running product, versioned by the product's defining bundle
     */
    public static VersionReport runningReport() {
        IProduct product = Platform.getProduct();
        String version = product != null && product.getDefiningBundle() != null
                ? product.getDefiningBundle().getVersion().toString()
                : FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
        return VersionReport.of(FrameworkUtil.getBundle(AboutDialog.class).getBundleContext(), version);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About SeisLens"); //$NON-NLS-1$
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        Label icon = new Label(area, SWT.NONE);
        ImageDescriptor descriptor = ImageDescriptor.createFromURL(
                FrameworkUtil.getBundle(AboutDialog.class).getEntry("icons/seislens128.png")); //$NON-NLS-1$
        image = descriptor.createImage(false);
        icon.setImage(image);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        Label text = new Label(area, SWT.WRAP);
        text.setText("SeisLens " + report.rows().get(0).version() + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "Quality control of seismic gathers far larger than memory: import SEG-Y once, step through\n" //$NON-NLS-1$
                + "shot and CDP gathers, tune gain, AGC and filters, decide and export SEG-Y again."); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);

        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 320).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        TableViewer viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table = viewer;
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(viewer, layout, "Component", 45, VersionReport.Row::component); //$NON-NLS-1$
        column(viewer, layout, "Version", 55, VersionReport.Row::version); //$NON-NLS-1$
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(report.rows());
        return area;
    }

    private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            Function<VersionReport.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((VersionReport.Row) element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy Versions", false); //$NON-NLS-1$
        if (installationDialog() != null) {
            createButton(parent, DETAILS_ID, "&Installation Details", false); //$NON-NLS-1$
        }
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { report.toText() }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        } else if (buttonId == DETAILS_ID) {
            Command details = installationDialog();
            if (details != null) {
                IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
                try {
                    handlers.executeCommand(INSTALLATION_DIALOG, null);
                } catch (Exception e) {
                    // The platform reports a failing handler itself; the About dialog stays open.
                }
            }
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private static @Nullable Command installationDialog() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands == null ? null : commands.getCommand(INSTALLATION_DIALOG);
        return command != null && command.isDefined() && command.isHandled() ? command : null;
    }

    /** @return the versions table, for tests */
    @Nullable
    public TableViewer table() {
        return table;
    }

    @Override
    public boolean close() {
        boolean closed = super.close();
        Image shown = image;
        if (shown != null) {
            shown.dispose();
            image = null;
        }
        return closed;
    }
}
