import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Prints the lines of a product's simpleconfigurator bundles.info that seislens-cli starts: all but the
 * bundles whose symbolic name matches the pattern of UI bundles, except those a started bundle still
 * refers to (Require-Bundle, Import-Package, optional ones included, or the host of a fragment) and the
 * fragments of started hosts. Run once per product build when seislens-cli prepares its start-up state:
 * {@code java HeadlessBundles.java <product> <pattern>}.
 */
public final class HeadlessBundles {

    private record Bundle(String line, String name, List<String> imports, List<String> required,
            List<String> exports, String host) {
    }

    public static void main(String[] args) throws IOException {
        Path product = Path.of(args[0]);
        Pattern omit = Pattern.compile(args[1]);
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        for (String line : Files.readAllLines(
                product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))) {
            if (line.startsWith("#")) {
                header.add(line);
            } else if (!line.isBlank()) {
                Bundle b = read(product, line);
                bundles.put(b.name(), b);
            }
        }
        Map<String, String> exporters = new HashMap<>();
        bundles.values().forEach(b -> b.exports().forEach(p -> exporters.putIfAbsent(p, b.name())));
        Map<String, Bundle> kept = new LinkedHashMap<>();
        bundles.values().stream().filter(b -> !omit.matcher(b.name()).matches()).forEach(b -> kept.put(b.name(), b));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Bundle b : bundles.values()) {
                if (!kept.containsKey(b.name()) && neededBy(b, kept, exporters)) {
                    kept.put(b.name(), b);
                    grew = true;
                }
            }
        }
        header.forEach(System.out::println);
        bundles.values().stream().filter(b -> kept.containsKey(b.name())).forEach(b -> System.out.println(b.line()));
    }

    private static boolean neededBy(Bundle candidate, Map<String, Bundle> kept, Map<String, String> exporters) {
        if (candidate.host() != null && kept.containsKey(candidate.host())) {
            return true;
        }
        for (Bundle b : kept.values()) {
            if (b.required().contains(candidate.name()) || candidate.name().equals(b.host())) {
                return true;
            }
            for (String p : b.imports()) {
                if (candidate.name().equals(exporters.get(p))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Bundle read(Path product, String line) throws IOException {
        String[] fields = line.split(",");
        Path location = product.resolve(fields[2]);
        Manifest manifest;
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                manifest = new Manifest(in);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                manifest = jar.getManifest();
            }
        }
        var a = manifest.getMainAttributes();
        List<String> host = names(a.getValue("Fragment-Host"));
        return new Bundle(line, fields[0], names(a.getValue("Import-Package")), names(a.getValue("Require-Bundle")),
                names(a.getValue("Export-Package")), host.isEmpty() ? null : host.get(0));
    }

    /** The names of a manifest header's clauses, without their attributes and directives. */
    private static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                for (String name : clause.toString().split(";")) {
                    if (!name.contains("=")) {
                        names.add(name.trim());
                    }
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
