package org.seislens.cli.internal;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * Creates command objects for picocli: a command whose constructor is annotated {@link Inject} gets the OSGi
 * services it names from the application's service context; any other class is made by picocli's default
 * factory. Adding a command therefore needs no line here.
 * <p>
 * picocli creates every subcommand to build the command tree, so a service is handed over as a proxy that
 * gets it from the context on its first call: getting a service activates its component and all the
 * components it needs, which {@code --version} or another command should not pay for. A missing service is an
 * {@link IllegalStateException} at that first call. Constructors with other parameters, or commands with
 * injected fields or methods, are made by e4 dependency injection.
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
                return onlyServicesInConstructor(cls, c) ? cls.cast(withLazyServices(c))
                        : ContextInjectionFactory.make(cls, context);
            }
        }
        return fallback.create(cls);
    }

    private static boolean onlyServicesInConstructor(Class<?> cls, Constructor<?> c) {
        boolean plainInterfaces = Arrays.stream(c.getParameterTypes()).allMatch(Class::isInterface)
                && Arrays.stream(c.getParameterAnnotations()).allMatch(a -> a.length == 0);
        boolean otherInjection = Stream.<AccessibleObject> concat(Arrays.stream(cls.getDeclaredFields()),
                Arrays.stream(cls.getDeclaredMethods())).anyMatch(m -> m.isAnnotationPresent(Inject.class));
        return plainInterfaces && !otherInjection;
    }

    private Object withLazyServices(Constructor<?> c) throws Exception {
        Class<?>[] types = c.getParameterTypes();
        Object[] services = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            services[i] = lazy(types[i]);
        }
        c.setAccessible(true);
        try {
            return c.newInstance(services);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Object lazy(Class<?> type) {
        InvocationHandler handler = new InvocationHandler() {
            private volatile @Nullable Object service;

            @Override
            @NonNullByDefault({})
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                Object s = service;
                if (s == null) {
                    s = context.get(type);
                    if (s == null) {
                        throw new IllegalStateException("No service " + type.getName() + " is registered"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    service = s;
                }
                try {
                    return method.invoke(s, args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    throw cause != null ? cause : e;
                }
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
    }
}
