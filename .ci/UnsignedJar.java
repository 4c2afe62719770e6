import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars without their signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC) into a folder, for
 * seislens-cli's start-up state: the JDK checks a signed jar's signature each time a JVM opens it, and the
 * AOT cache leaves the classes of signed jars out. {@code java UnsignedJar.java <folder> <jar>...}
 */
public final class UnsignedJar {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path source = Path.of(args[i]);
            try (InputStream in = Files.newInputStream(source);
                    ZipInputStream zin = new ZipInputStream(in);
                    OutputStream out = Files.newOutputStream(folder.resolve(source.getFileName()));
                    ZipOutputStream zout = new ZipOutputStream(out)) {
                for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                    if (!SIGNATURE.matcher(e.getName()).matches()) {
                        ZipEntry copy = new ZipEntry(e.getName());
                        copy.setTime(e.getTime());
                        zout.putNextEntry(copy);
                        zin.transferTo(zout);
                        zout.closeEntry();
                    }
                }
            }
        }
    }
}
