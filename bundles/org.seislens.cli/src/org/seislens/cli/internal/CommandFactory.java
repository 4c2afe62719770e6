package org.seislens.cli.internal;

import picocli.CommandLine;

/**
 * Creates command objects for picocli, handing the service finder to those that need it.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Services services;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Services services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        if (cls == ImportCommand.class) {
            return cls.cast(new ImportCommand(services));
        }
        if (cls == ExportCommand.class) {
            return cls.cast(new ExportCommand(services));
        }
        if (cls == DemoCommand.class) {
            return cls.cast(new DemoCommand(services));
        }
        if (cls == BenchImportCommand.class) {
            return cls.cast(new BenchImportCommand(services));
        }
        if (cls == WindowCommand.class) {
            return cls.cast(new WindowCommand(services));
        }
        if (cls == BenchReadCommand.class) {
            return cls.cast(new BenchReadCommand(services));
        }
        return fallback.create(cls);
    }
}
