package org.seislens.ui.internal.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ObjectStoreCredentials;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.test.support.S3ProxyServer;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.datasets.DatasetEntry;
import org.seislens.ui.internal.datasets.DatasetLocation;
import org.seislens.ui.internal.datasets.DatasetsView;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.datasets.ObjectStoreSecrets;
import org.seislens.ui.internal.session.HotSet;
import org.seislens.ui.internal.session.WarmUpJob;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Opening a dataset from object storage in the running workbench, against a real S3-compatible server (s3proxy on
 * 127.0.0.1, signed requests): File &gt; Open Dataset from Object Storage shows its first gather, the Datasets view
 * lists and reads it, the location is remembered with its endpoint and access key while the secret is kept only
 * encrypted, readable again from the files alone; a wrong secret, a missing bucket and an unreachable endpoint
 * each give one line in the dialog.
 */
class ObjectStoreDialogTest {

    /** 4 shots x 30 channels, 200 samples. */
    private static final SurveyGeometry SURVEY = new SurveyGeometry(4, 30, 200, 2000, 25.0, 12.5, 3);
    private static final String BUCKET = "seislens-ui";
    private static final String LOCATION = "s3://" + BUCKET + "/surveys/line.seislens";

    @TempDir
    static Path dir;
    private static S3ProxyServer server;
    private static DatasetService service;

    private final IJobChangeListener noPrompt = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            event.getJob().setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        }
    };
    private IWorkbenchWindow window;

    @BeforeAll
    static void serveASurvey() throws Exception {
        Path local = Imports.survey(dir.resolve("line.sgy"), SURVEY, dir.resolve("line.seislens"));
        // The server keeps each bucket in a folder and each key in a file: the dataset is laid there as files.
        Path storage = dir.resolve("storage");
        Path remote = Files.createDirectories(storage.resolve(BUCKET).resolve("surveys/line.seislens"));
        try (Stream<Path> files = Files.walk(local)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = remote.resolve(local.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        server = S3ProxyServer.start(Files.createDirectories(dir.resolve("server")), storage);
        service = Ui.call(() -> Services.find(PlatformUI.getWorkbench(), DatasetService.class));
        assertNotNull(service, "no dataset service");
    }

    @AfterAll
    static void stopServer() throws Exception {
        forgetRemoteLocations();
        new ObjectStoreSecrets().forget(new ObjectStoreCredentials(URI.create(server.endpoint()), null, null,
                S3ProxyServer.ACCESS_KEY, null));
        server.close();
    }

    private static void forgetRemoteLocations() {
        new KnownDatasets().removeLocations(new KnownDatasets().locations().stream()
                .filter(DatasetLocation::isRemote).toList());
    }

    @BeforeEach
    void forgetTheLocation() {
        forgetRemoteLocations();
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        window = Ui.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
        Job.getJobManager().addJobChangeListener(noPrompt);
    }

    @AfterEach
    void closeDialogs() {
        Job.getJobManager().removeJobChangeListener(noPrompt);
        Ui.run(() -> {
            for (Shell s : Ui.display().getShells()) {
                if (Messages.ObjectStore_title.equals(s.getText())) {
                    s.close();
                }
            }
        });
    }

    private static Shell dialogShell() {
        Ui.waitUntil("the object storage dialog is open", () -> Arrays.stream(Ui.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && Messages.ObjectStore_title.equals(s.getText())));
        return Ui.call(() -> Arrays.stream(Ui.display().getShells())
                .filter(s -> Messages.ObjectStore_title.equals(s.getText())).findFirst().orElseThrow());
    }

    /** @return endpoint, bucket, prefix, region, profile, access key, secret key */
    private static List<Text> fields(Shell shell) {
        List<Text> texts = Widgets.findAll(shell, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0);
        assertEquals(7, texts.size(), "the dialog's fields");
        return texts;
    }

    private static void fill(Shell shell, String endpoint, String uri, String secret) {
        Ui.run(() -> {
            List<Text> f = fields(shell);
            f.get(0).setText(endpoint);
            f.get(1).setText(uri);
            f.get(3).setText("us-east-1");
            f.get(5).setText(S3ProxyServer.ACCESS_KEY);
            f.get(6).setText(secret);
        });
    }

    private static void pressOpen(Shell shell) {
        Ui.run(() -> {
            Button open = Widgets.find(shell, Button.class, b -> Messages.ObjectStore_open.equals(b.getText()));
            assertNotNull(open);
            open.notifyListeners(SWT.Selection, new Event());
        });
    }

    @Test
    void opensFromObjectStorageAndRemembersItWithoutTheSecretInClearText() throws Exception {
        Ui.run(() -> Ui.display().asyncExec(() -> {
            try {
                window.getService(IHandlerService.class).executeCommand("org.seislens.ui.commands.openObjectStore",
                        null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        Shell shell = dialogShell();
        fill(shell, server.endpoint(), LOCATION, S3ProxyServer.SECRET_KEY);
        assertEquals(List.of(BUCKET, "surveys/line.seislens"),
                Ui.call(() -> List.of(fields(shell).get(1).getText(), fields(shell).get(2).getText())),
                "a pasted s3:// URI fills bucket and prefix");
        pressOpen(shell);
        Ui.waitUntil("the dialog closed", shell::isDisposed);

        SeismicViewerView viewer = Ui.call(() -> (SeismicViewerView) window.getActivePage()
                .findView(SeisLensUi.VIEW_VIEWER));
        assertNotNull(viewer);
        Ui.waitUntil("the first gather of the dataset in object storage is shown", () -> {
            Dataset d = viewer.dataset();
            return d != null && d.descriptor().location().toUri().toString().equals(LOCATION)
                    && viewer.ensemble() != null && viewer.isSettled();
        });
        assertEquals(SURVEY.traces(), Ui.call(() -> viewer.dataset().descriptor().traceCount()));
        assertEquals(SURVEY.channels(), Ui.call(() -> viewer.controller().traceEnd()), "one shot shown");

        DatasetLocation remembered = new KnownDatasets().locations().stream()
                .filter(l -> l.uri().toString().equals(LOCATION)).findFirst().orElseThrow();
        assertEquals(new ObjectStoreCredentials(URI.create(server.endpoint()), "us-east-1", null,
                S3ProxyServer.ACCESS_KEY, null), remembered.settings());
        assertListedAndRead();

        // The Datasets view's list again from the preferences alone, as at the next start: the location comes back
        // without its secret, and the view reads the dataset with the secret from the secure storage.
        KnownDatasets known = new KnownDatasets();
        DatasetsView datasets = Ui.call(() -> (DatasetsView) window.getActivePage().findView(SeisLensUi.VIEW_DATASETS));
        Ui.run(() -> known.removeLocations(List.of(remembered)));
        Ui.waitUntil("the view no longer lists it", () -> datasets.entries().stream()
                .noneMatch(e -> e.location().toUri().toString().equals(LOCATION)));
        Ui.run(() -> known.add(DatasetLocation.decode(remembered.encode())));
        assertListedAndRead();

        InstanceScope.INSTANCE.getNode(SeisLensUi.PLUGIN_ID).flush();
        Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
        Path prefs = instance.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.seislens.ui.prefs");
        Properties saved = new Properties();
        saved.load(new StringReader(Files.readString(prefs)));
        DatasetLocation fromFile = new KnownDatasets().locations().stream().filter(l -> l.equals(remembered))
                .findFirst().orElseThrow();
        assertTrue(saved.getProperty("datasets.known").contains(fromFile.encode()), saved.toString());
        Path keyring = keyring();
        assertNoFileHolds(instance, S3ProxyServer.SECRET_KEY);
        assertNoFileHolds(keyring, S3ProxyServer.SECRET_KEY);
        assertNoFileHolds(keyring.resolveSibling(keyring.getFileName() + ".seislens-key"), S3ProxyServer.SECRET_KEY);

        // The secure storage's files alone give the secret back: a copy opened afresh, no prompt.
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(keyring, copy.resolve("secure_storage"));
        Files.copy(keyring.resolveSibling(keyring.getFileName() + ".seislens-key"),
                copy.resolve("secure_storage.seislens-key"));
        ISecurePreferences reopened = SecurePreferencesFactory.open(copy.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE));
        assertNotNull(reopened);
        Path path = new ObjectStoreSecrets(reopened).path(DatasetLocation.decode(fromFile.encode()), service);
        try (Dataset d = service.open(path, new NullProgressMonitor())) {
            assertEquals(SURVEY.traces(), d.descriptor().traceCount());
        }
    }

    private void assertListedAndRead() {
        DatasetsView view = Ui.call(() -> {
            try {
                return (DatasetsView) window.getActivePage().showView(SeisLensUi.VIEW_DATASETS);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("the Datasets view lists and reads the dataset in object storage", () -> {
            for (DatasetEntry e : view.entries()) {
                if (e.location().toUri().toString().equals(LOCATION) && e.descriptor() != null) {
                    return true;
                }
            }
            return false;
        });
    }

    /** @return the secure storage file the tests run with ({@code -eclipse.keyring}), else the user's default */
    private static Path keyring() {
        List<String> args = List.of(Platform.getApplicationArgs());
        int i = args.indexOf("-eclipse.keyring");
        Path file = i >= 0 ? Path.of(args.get(i + 1))
                : Path.of(System.getProperty("user.home"), ".eclipse/org.eclipse.equinox.security/secure_storage");
        assertTrue(Files.isRegularFile(file), file + " was written");
        return file;
    }

    private static void assertNoFileHolds(Path root, String secret) throws IOException {
        byte[] wanted = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(f);
                for (int i = 0; i + wanted.length <= content.length; i++) {
                    assertFalse(Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length),
                            f + " holds the secret in clear text");
                }
            }
        }
    }

    @Test
    void theWarmUpReadsARememberedLocationWithTheSecretFromSecureStorage() throws Exception {
        ObjectStoreCredentials given = ObjectStoreCredentials.ofKeys(URI.create(server.endpoint()), "us-east-1",
                S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY);
        List<HotSet.Gather> gathers = new java.util.ArrayList<>();
        try (Dataset d = service.open(service.location(LOCATION, given), new NullProgressMonitor())) {
            assertEquals(LOCATION, d.descriptor().location().toString(), "the location as a hot set records it");
            for (long ordinal : new long[] { 3, 1 }) {
                gathers.add(new HotSet.Gather(LOCATION, "field_record",
                        d.ensembleAt("field_record", ordinal, new NullProgressMonitor()).value()));
            }
        }
        HotSet hot = new HotSet(gathers);
        DataCache cache = Ui.call(() -> Services.find(PlatformUI.getWorkbench(), DataCache.class));
        assertNotNull(cache);

        // The AWS environment's settings: keys of another secret (anonymous reads would pass on this server).
        System.setProperty("aws.endpointUrl", server.endpoint());
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "not-the-secret");
        try {
            // Not known to the workbench: read with the environment's settings, which the server refuses.
            WarmUpJob unknown = new WarmUpJob(hot, service, cache);
            unknown.schedule();
            assertTrue(unknown.join(60_000, null));
            assertEquals(0, unknown.warmed());

            // As the dialog leaves it: the location and its settings in the preferences, the secret in secure storage.
            new ObjectStoreSecrets().remember(given);
            new KnownDatasets().add(new DatasetLocation(URI.create(LOCATION), given));
            cache.invalidateAll();
            WarmUpJob known = new WarmUpJob(hot, service, cache);
            known.schedule();
            assertTrue(known.join(60_000, null));
            assertEquals(2, known.warmed(), "both gathers read with the remembered settings and secret");
        } finally {
            System.clearProperty("aws.endpointUrl");
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    @Test
    void wrongSecretMissingBucketAndUnreachableEndpointEachGiveOneLineInTheDialog() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String[][] cases = { { server.endpoint(), LOCATION, "not-the-secret", "access denied" },
                { server.endpoint(), "s3://no-such-bucket/surveys/line.seislens", S3ProxyServer.SECRET_KEY,
                        "bucket no-such-bucket does not exist" },
                { "http://127.0.0.1:" + closed, LOCATION, S3ProxyServer.SECRET_KEY, "cannot reach" } };
        ObjectStoreDialog dialog = Ui.call(() -> {
            ObjectStoreDialog d = new ObjectStoreDialog(window.getShell(), service, new KnownDatasets(),
                    new ObjectStoreSecrets());
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        Shell shell = dialogShell();
        for (String[] c : cases) {
            fill(shell, c[0], c[1], c[2]);
            pressOpen(shell);
            String message = Ui.call(dialog::getErrorMessage);
            assertNotNull(message, c[1] + " at " + c[0]);
            assertTrue(message.contains(c[3]), message);
            assertFalse(message.contains("\n") || message.contains("\tat ") || message.contains("java."), message);
            assertFalse(message.contains("not-the-secret") || message.contains(S3ProxyServer.SECRET_KEY), message);
            assertFalse(Ui.call(shell::isDisposed), "the dialog stays open");
            assertNull(dialog.opened());
        }
        assertTrue(new KnownDatasets().locations().stream().noneMatch(l -> l.isRemote()),
                "no failed location is remembered");
        Ui.run(dialog::close);
    }
}
