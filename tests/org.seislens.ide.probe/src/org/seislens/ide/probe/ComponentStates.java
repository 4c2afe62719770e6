package org.seislens.ide.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The Declarative Services components of the SeisLens bundles and their states, as the DS runtime sees them. */
final class ComponentStates {

    private ComponentStates() {
    }

    /**
     * @param context the probe's bundle context
     * @return one entry per component configuration (a component not configured yet is listed with its reason)
     */
    static List<Object> of(BundleContext context) {
        List<Object> components = new ArrayList<>();
        ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
        if (reference == null) {
            return components;
        }
        ServiceComponentRuntime runtime = context.getService(reference);
        try {
            List<Bundle> seislens = new ArrayList<>();
            for (Bundle bundle : context.getBundles()) {
                String name = bundle.getSymbolicName();
                if (name != null && name.startsWith("org.seislens.")) { //$NON-NLS-1$
                    seislens.add(bundle);
                }
            }
            for (ComponentDescriptionDTO description : runtime
                    .getComponentDescriptionDTOs(seislens.toArray(Bundle[]::new))) {
                Map<String, Object> component = new LinkedHashMap<>();
                component.put("name", description.name); //$NON-NLS-1$
                component.put("bundle", description.bundle.symbolicName); //$NON-NLS-1$
                component.put("services", List.of(description.serviceInterfaces)); //$NON-NLS-1$
                component.put("enabled", runtime.isComponentEnabled(description)); //$NON-NLS-1$
                List<Object> states = new ArrayList<>();
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    states.add(state(configuration.state));
                }
                component.put("states", states); //$NON-NLS-1$
                components.add(component);
            }
        } finally {
            context.ungetService(reference);
        }
        return components;
    }

    private static String state(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE"; //$NON-NLS-1$
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED"; //$NON-NLS-1$
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE"; //$NON-NLS-1$
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION"; //$NON-NLS-1$
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION"; //$NON-NLS-1$
            default -> String.valueOf(state);
        };
    }
}
