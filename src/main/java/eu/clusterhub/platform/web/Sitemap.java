package eu.clusterhub.platform.web;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site's sitemap, made of the features' {@link SitemapSource sources} at the moment of
 * the request: an index at /sitemap.xml naming one file per source and range of keys
 * (/sitemaps/threads-1.xml, /sitemaps/threads-2.xml, ...), each holding at most
 * {@link #MAX_URLS_PER_FILE} URLs. The index is always an index, even for a small site, so
 * its shape and the files' addresses never change as the site grows past the limit.
 * A file is read in pages of {@code batch} URLs, so a 50,000-URL file never holds more
 * than one page of rows in memory on the database side.
 */
public final class Sitemap {

    /** The sitemaps.org limit of URLs in one file. */
    public static final int MAX_URLS_PER_FILE = 50_000;
    static final int BATCH = 1_000;
    static final String FILES = "/sitemaps/";

    private final List<SitemapSource> sources;
    private final int keysPerFile;
    private final int batch;

    /** Files of {@code keysPerFile} keys, read {@code batch} URLs at a time; tests pass small numbers. */
    Sitemap(List<SitemapSource> sources, int keysPerFile, int batch) {
        if (keysPerFile < 1 || keysPerFile > MAX_URLS_PER_FILE || batch < 1) {
            throw new IllegalArgumentException("keys per file 1-" + MAX_URLS_PER_FILE + " and a positive batch, not "
                    + keysPerFile + " and " + batch);
        }
        Set<String> names = new HashSet<>();
        for (SitemapSource source : sources) {
            if (!source.name().matches("[a-z]+") || !names.add(source.name())) {
                throw new IllegalStateException("Sitemap sources need unique names of lower-case letters: " + source.name());
            }
        }
        this.sources = sources.stream().sorted(Comparator.comparing(SitemapSource::name)).toList();
        this.keysPerFile = keysPerFile;
        this.batch = batch;
    }

    public static Sitemap of(List<SitemapSource> sources) {
        return new Sitemap(sources, MAX_URLS_PER_FILE, BATCH);
    }

    /** The index: every file that has URLs, with its newest modification. */
    public void writeIndex(String base, OutputStream out) {
        SitemapXml xml = new SitemapXml(out);
        xml.startIndex();
        for (SitemapSource source : sources) {
            for (SitemapSource.Chunk chunk : source.chunks(keysPerFile)) {
                xml.sitemap(base + FILES + source.name() + "-" + chunk.number() + ".xml", chunk.lastModified());
            }
        }
        xml.end();
    }

    /**
     * One file: the source's URLs with keys in ((number-1)·k, number·k], walked by key.
     *
     * @return false, with nothing written, when there is no such source or the range holds no URL
     */
    public boolean writeFile(String base, String name, long number, OutputStream out) {
        Optional<SitemapSource> source = sources.stream().filter(s -> s.name().equals(name)).findFirst();
        if (source.isEmpty() || number < 1) {
            return false;
        }
        long upTo = number * keysPerFile;
        List<SitemapSource.Url> page = source.get().urls(upTo - keysPerFile, upTo, batch);
        if (page.isEmpty()) {
            return false;
        }
        SitemapXml xml = new SitemapXml(out);
        xml.startUrlset();
        while (!page.isEmpty()) {
            page.forEach(url -> xml.url(base + url.path(), url.lastModified()));
            long last = page.get(page.size() - 1).key();
            page = page.size() < batch || last >= upTo ? List.of() : source.get().urls(last, upTo, batch);
        }
        xml.end();
        return true;
    }
}
