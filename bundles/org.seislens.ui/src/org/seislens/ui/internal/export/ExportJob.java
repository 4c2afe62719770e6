package org.seislens.ui.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.seislens.core.DatasetException;
import org.seislens.core.ExportOptions;
import org.seislens.core.ExportSummary;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.SegyExportService;

/**
 * Exports a dataset to a SEG-Y file in a cancellable user job. The service writes a temporary sibling and
 * renames it at the end, so a cancelled or failed export leaves nothing. A processing chain is handed to the
 * service as a chain file written for the job and deleted after it.
 */
public final class ExportJob extends Job {

    private final SegyExportService exporter;
    private final @Nullable ProcessingService processing;
    private final Path dataset;
    private final Path target;
    private final ExportOptions options;
    private final @Nullable ProcessingChain chain;
    private volatile @Nullable ExportSummary summary;

    /**
     * @param exporter the export service
     * @param processing the processing service, to write the chain; {@code null} when there is no chain
     * @param dataset the dataset directory
     * @param target the file to write
     * @param options the options; their chain file is replaced by one written from {@code chain}
     * @param chain the chain applied, or {@code null} for the stored samples
     */
    public ExportJob(SegyExportService exporter, @Nullable ProcessingService processing, Path dataset, Path target,
            ExportOptions options, @Nullable ProcessingChain chain) {
        super(NLS.bind(Messages.Job_export, target.getFileName()));
        this.exporter = exporter;
        this.processing = processing;
        this.dataset = dataset;
        this.target = target;
        this.options = options;
        this.chain = chain;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path chainFile = null;
        try {
            ExportOptions o = options;
            ProcessingChain c = chain;
            ProcessingService p = processing;
            if (c != null && p != null) {
                chainFile = Files.createTempFile("seislens-export-chain", ".json"); //$NON-NLS-1$ //$NON-NLS-2$
                Files.writeString(chainFile, p.toJson(c), StandardCharsets.UTF_8);
                o = new ExportOptions(o.formatCode(), o.byteOrder(), o.kind(), o.traces(), o.key(), o.keyValues(),
                        o.keyRange(), o.samples(), o.autoScale(), chainFile, o.force(), o.dropKilled());
            }
            summary = exporter.export(dataset, target, o, monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatasetException e) {
            return Status.error(e.getMessage());
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.Job_chain, e.getMessage()));
        } finally {
            if (chainFile != null) {
                try {
                    Files.deleteIfExists(chainFile);
                } catch (IOException e) {
                    // a small file in the temporary folder
                }
            }
        }
    }

    /** @return what the export wrote, once it finished, or {@code null} */
    public @Nullable ExportSummary summary() {
        return summary;
    }
}
