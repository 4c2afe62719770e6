package org.seislens.ui.internal.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.ProcessingService;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.processing.Provenance;

/**
 * A dataset's metadata in the Properties view, read-only.
 */
final class DatasetPropertySource implements IPropertySource {

    private final Map<String, String> values = new LinkedHashMap<>();

    DatasetPropertySource(DatasetEntry entry) {
        values.put(Messages.Property_name, entry.name());
        values.put(Messages.Property_location, entry.location().toString());
        DatasetDescriptor d = entry.descriptor();
        if (d != null) {
            values.put(Messages.Property_traces, Formats.count(d.traceCount()));
            values.put(Messages.Property_samples, Formats.count(d.sampleCount()));
            values.put(Messages.Property_interval, Formats.interval(d.sampleInterval()));
            values.put(Messages.Property_sampleType, d.sampleType().dtype());
            values.put(Messages.Property_ensembleKeys, String.join(", ", d.ensembleKeys())); //$NON-NLS-1$
            values.put(Messages.Property_headerColumns, Formats.count(d.headerColumns().size()));
            values.put(Messages.Property_sampleBytes, Formats.size(d.sampleBytes()));
        }
        String processing = Provenance.describe(entry.location(), Services.require(ProcessingService.class));
        if (processing != null) {
            values.put(Provenance.LABEL, processing);
        }
        if (entry.sizeOnDisk() >= 0) {
            values.put(Messages.Property_sizeOnDisk, Formats.size(entry.sizeOnDisk()));
        }
        String error = entry.error();
        if (error != null) {
            values.put(Messages.Property_error, error);
        }
    }

    @Override
    public @Nullable Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (String name : values.keySet()) {
            PropertyDescriptor descriptor = new PropertyDescriptor(name, name);
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public @Nullable Object getPropertyValue(@Nullable Object id) {
        return values.get(id);
    }

    @Override
    public boolean isPropertySet(@Nullable Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(@Nullable Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(@Nullable Object id, @Nullable Object value) {
        // read-only
    }

    /** @return the values by property name, for tests */
    Map<String, String> values() {
        return values;
    }
}
