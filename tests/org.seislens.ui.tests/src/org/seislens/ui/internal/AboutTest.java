package org.seislens.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.seislens.rcp.internal.AboutDialog;
import org.seislens.rcp.internal.VersionReport;
import org.seislens.test.support.Ui;

/**
 * Help &gt; About in the running SeisLens application: it opens the About dialog, whose table shows the versions
 * of the bundles actually running, of Java and the heap, and copies them as text.
 */
class AboutTest {

    @Test
    void theReportNamesTheRunningVersions() {
        Bundle own = FrameworkUtil.getBundle(AboutDialog.class);
        VersionReport report = VersionReport.of(own.getBundleContext(), "9.8.7");
        assertEquals("9.8.7", report.versionOf("SeisLens"));
        int seislensBundles = 0;
        for (Bundle b : own.getBundleContext().getBundles()) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.seislens.")) {
                assertEquals(b.getVersion().toString(), report.versionOf(b.getSymbolicName()), b.getSymbolicName());
                seislensBundles++;
            }
        }
        assertTrue(seislensBundles >= 8, "SeisLens bundles in the report: " + seislensBundles);
        assertEquals(Platform.getBundle("org.eclipse.swt").getVersion().toString(), report.versionOf("SWT"));
        assertEquals(Platform.getBundle("org.eclipse.ui.workbench").getVersion().toString(),
                report.versionOf("Eclipse Platform UI"));
        String java = report.versionOf("Java runtime");
        assertNotNull(java);
        assertTrue(java.startsWith(Integer.toString(Runtime.version().feature())), java);
        assertEquals(Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB", report.versionOf("Maximum heap"));
        String text = report.toText();
        assertTrue(text.startsWith("SeisLens: 9.8.7"), text);
        assertEquals(report.rows().size(), text.lines().count());
    }

    @Test
    void helpAboutOpensTheVersionsAndCopiesThem() {
        AtomicReference<Map<String, String>> shown = new AtomicReference<>();
        AtomicReference<String> copied = new AtomicReference<>();
        AtomicReference<String> title = new AtomicReference<>();
        Ui.run(() -> {
            // The dialog is modal: look at it from the event loop it runs, then close it.
            PlatformUI.getWorkbench().getDisplay().timerExec(500, new Runnable() {
                @Override
                public void run() {
                    Shell about = null;
                    for (Shell s : PlatformUI.getWorkbench().getDisplay().getShells()) {
                        if (!s.isDisposed() && s.isVisible() && "About SeisLens".equals(s.getText())) {
                            about = s;
                        }
                    }
                    if (about == null) {
                        PlatformUI.getWorkbench().getDisplay().timerExec(200, this);
                        return;
                    }
                    title.set(about.getText());
                    Map<String, String> rows = new HashMap<>();
                    for (Table t : find(about, Table.class)) {
                        for (TableItem item : t.getItems()) {
                            rows.put(item.getText(0), item.getText(1));
                        }
                    }
                    shown.set(rows);
                    for (Button b : find(about, Button.class)) {
                        if (b.getText().contains("Copy")) {
                            b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                        }
                    }
                    Clipboard clipboard = new Clipboard(about.getDisplay());
                    copied.set((String) clipboard.getContents(TextTransfer.getInstance()));
                    clipboard.dispose();
                    about.close();
                }
            });
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class)
                        .executeCommand(IWorkbenchCommandConstants.HELP_ABOUT, null);
            } catch (Exception e) {
                throw new AssertionError("Help > About failed", e);
            }
        });
        assertEquals("About SeisLens", title.get());
        Map<String, String> rows = shown.get();
        assertNotNull(rows, "the About dialog showed no table");
        String product = Platform.getProduct().getDefiningBundle().getVersion().toString();
        assertEquals(product, rows.get("SeisLens"));
        assertEquals(Platform.getBundle("org.seislens.store").getVersion().toString(), rows.get("org.seislens.store"));
        assertEquals(Platform.getBundle("org.eclipse.swt").getVersion().toString(), rows.get("SWT"));
        assertTrue(rows.containsKey("Java runtime") && rows.containsKey("Maximum heap"), rows.keySet().toString());
        String text = copied.get();
        assertNotNull(text, "nothing was copied");
        assertTrue(text.startsWith("SeisLens: " + product), text);
        assertTrue(text.contains("org.seislens.store: " + rows.get("org.seislens.store")), text);
    }

    private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }
}
