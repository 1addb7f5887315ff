package eu.clusterhub.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and build time of this WAR, written into build.properties by Maven. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "dev");
    }

    /** Changes with every build: the version plus the build time, URL-safe. */
    public static String stamp() {
        return (version() + "-" + PROPERTIES.getProperty("built", "0")).replaceAll("[^A-Za-z0-9._-]", "");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/eu/clusterhub/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
