package eu.clusterhub.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link FeaturePages} classes of the application, found the way the servlet container
 * finds them for {@link CleanUrlInitializer}: every class of the build output that
 * implements the interface. For tests, without a container.
 */
public final class DeclaredFeatures {

    private DeclaredFeatures() {
    }

    /** The classes, as the container would hand them over. */
    public static Set<Class<?>> classes() {
        Path root = classesDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), "."))
                    .map(DeclaredFeatures::load)
                    .filter(type -> FeaturePages.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's clean URLs, as the running application has them. */
    public static CleanUrls cleanUrls() {
        return CleanUrls.of(CleanUrlInitializer.instantiate(classes()));
    }

    private static Path classesDirectory() {
        try {
            return Path.of(FeaturePages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DeclaredFeatures.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
