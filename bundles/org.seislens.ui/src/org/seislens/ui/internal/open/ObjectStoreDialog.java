package org.seislens.ui.internal.open;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ObjectStoreCredentials;
import org.seislens.ui.internal.datasets.DatasetLocation;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.datasets.ObjectStoreSecrets;

/**
 * File &gt; Open Dataset from Object Storage...: where a dataset is in an S3-compatible store (endpoint, bucket,
 * prefix, or the whole {@code s3://} URI pasted into the bucket field) and how to sign in (an AWS profile, or an
 * access key and its secret). Open checks the location through the dataset service before the dialog closes, so a
 * wrong secret, a missing bucket or an unreachable endpoint is said once in the dialog; a location that answers is
 * remembered in the Datasets view, its secret in the secure storage ({@link ObjectStoreSecrets}).
 */
public final class ObjectStoreDialog extends TitleAreaDialog {

    private final DatasetService service;
    private final KnownDatasets known;
    private final ObjectStoreSecrets secrets;
    /** Set by the check, off the UI thread. */
    private volatile @Nullable Path opened;
    // made in createDialogArea, before anything reads them
    @NonNullByDefault({})
    private Text endpoint;
    @NonNullByDefault({})
    private Text bucket;
    @NonNullByDefault({})
    private Text prefix;
    @NonNullByDefault({})
    private Text region;
    @NonNullByDefault({})
    private Button useProfile;
    @NonNullByDefault({})
    private Text profile;
    @NonNullByDefault({})
    private Button useKey;
    @NonNullByDefault({})
    private Text accessKey;
    @NonNullByDefault({})
    private Text secretKey;

    /**
     * @param parent the parent shell
     * @param service the dataset service that checks and opens the location
     * @param known where the location is remembered
     * @param secrets where the secret key is remembered
     */
    public ObjectStoreDialog(@Nullable Shell parent, DatasetService service, KnownDatasets known,
            ObjectStoreSecrets secrets) {
        super(parent);
        this.service = service;
        this.known = known;
        this.secrets = secrets;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.ObjectStore_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.ObjectStore_title);
        setMessage(Messages.ObjectStore_message);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        endpoint = field(form, Messages.ObjectStore_endpoint, Messages.ObjectStore_endpointHint, SWT.NONE);
        bucket = field(form, Messages.ObjectStore_bucket, Messages.ObjectStore_bucketHint, SWT.NONE);
        prefix = field(form, Messages.ObjectStore_prefix, Messages.ObjectStore_prefixHint, SWT.NONE);
        region = field(form, Messages.ObjectStore_region, "us-east-1", SWT.NONE); //$NON-NLS-1$
        bucket.addModifyListener(e -> splitUri());
        useProfile = new Button(form, SWT.RADIO);
        useProfile.setText(Messages.ObjectStore_profile);
        profile = new Text(form, SWT.BORDER);
        profile.setMessage("default"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(profile);
        useKey = new Button(form, SWT.RADIO);
        useKey.setText(Messages.ObjectStore_accessKey);
        accessKey = new Text(form, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(accessKey);
        secretKey = field(form, Messages.ObjectStore_secretKey, "", SWT.PASSWORD); //$NON-NLS-1$
        useKey.setSelection(true);
        useProfile.addListener(SWT.Selection, e -> enableCredentials());
        useKey.addListener(SWT.Selection, e -> enableCredentials());
        enableCredentials();
        return area;
    }

    private static Text field(Composite form, String label, String hint, int style) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | style);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void enableCredentials() {
        profile.setEnabled(useProfile.getSelection());
        accessKey.setEnabled(useKey.getSelection());
        secretKey.setEnabled(useKey.getSelection());
    }

    /** A whole {@code s3://bucket/prefix} pasted into the bucket field fills both fields. */
    private void splitUri() {
        String text = bucket.getText().strip();
        if (text.regionMatches(true, 0, "s3://", 0, 5)) { //$NON-NLS-1$
            String rest = text.substring(5);
            int slash = rest.indexOf('/');
            bucket.setText(slash < 0 ? rest : rest.substring(0, slash));
            if (slash >= 0) {
                prefix.setText(rest.substring(slash + 1));
            }
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ObjectStore_open, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        setErrorMessage(null);
        opened = null;
        String b = bucket.getText().strip();
        String p = prefix.getText().strip().replaceAll("^/+|/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (b.isEmpty() || p.isEmpty()) {
            setErrorMessage(Messages.ObjectStore_errorBucket);
            return;
        }
        if (useKey.getSelection() && (accessKey.getText().isBlank() || secretKey.getText().isEmpty())) {
            setErrorMessage(Messages.ObjectStore_errorKeys);
            return;
        }
        ObjectStoreCredentials credentials;
        try {
            credentials = credentials();
        } catch (IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.ObjectStore_errorEndpoint, endpoint.getText().strip(), e.getMessage()));
            return;
        }
        String location = "s3://" + b + "/" + p; //$NON-NLS-1$ //$NON-NLS-2$
        String problem = check(location, credentials);
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        try {
            secrets.remember(credentials);
        } catch (IOException e) {
            opened = null;
            setErrorMessage(e.getMessage());
            return;
        }
        Path path = opened;
        if (path != null) {
            known.add(new DatasetLocation(path.toUri(), credentials));
        }
        super.okPressed();
    }

    /** @throws IllegalArgumentException if the endpoint is not a URI; the store checks the rest of it */
    private ObjectStoreCredentials credentials() {
        String e = endpoint.getText().strip();
        URI uri = e.isEmpty() ? null : URI.create(e);
        String r = region.getText().strip();
        String signingRegion = r.isEmpty() ? null : r;
        if (useProfile.getSelection()) {
            String name = profile.getText().strip();
            return ObjectStoreCredentials.ofProfile(uri, signingRegion, name.isEmpty() ? null : name);
        }
        return ObjectStoreCredentials.ofKeys(uri, signingRegion, accessKey.getText().strip(), secretKey.getText());
    }

    /**
     * Resolves and reads the location's metadata off the UI thread, the dialog still answering.
     *
     * @return the message of what went wrong, or {@code null} when the dataset can be read
     */
    private @Nullable String check(String location, ObjectStoreCredentials credentials) {
        AtomicReference<@Nullable String> problem = new AtomicReference<>();
        Button open = getButton(IDialogConstants.OK_ID);
        open.setEnabled(false);
        setMessage(Messages.ObjectStore_checking);
        try {
            ModalContext.run(monitor -> {
                try {
                    Path path = service.location(location, credentials);
                    service.describe(path, monitor);
                    opened = path;
                } catch (DatasetException e) {
                    problem.set(e.getMessage());
                }
            }, true, new NullProgressMonitor(), getShell().getDisplay());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            problem.set(String.valueOf(cause == null ? e.getMessage() : cause.getMessage()));
        } catch (InterruptedException | OperationCanceledException e) {
            problem.set(Messages.ObjectStore_cancelled);
        } finally {
            if (!open.isDisposed()) {
                open.setEnabled(true);
                setMessage(Messages.ObjectStore_message);
            }
        }
        return problem.get();
    }

    /** @return the dataset's path, bound to the credentials given, once Open succeeded; else {@code null} */
    public @Nullable Path opened() {
        return opened;
    }
}
