package org.seislens.cli.internal;

import java.lang.reflect.Constructor;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jdt.annotation.NonNullByDefault;

import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * Creates command objects for picocli: a command whose constructor is annotated {@link Inject} gets the OSGi
 * services it names from the application's service context (e4 dependency injection); any other class is
 * made by picocli's default factory. Adding a command therefore needs no line here.
 */
final class InjectingFactory implements CommandLine.IFactory {

    private final IEclipseContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    InjectingFactory(IEclipseContext context) {
        this.context = context;
    }

    @Override
    @NonNullByDefault({})
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(Inject.class)) {
                return ContextInjectionFactory.make(cls, context);
            }
        }
        return fallback.create(cls);
    }
}
