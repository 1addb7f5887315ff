package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.clusterhub.testsupport.SitemapValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * How the sitemap is split into files and read, with a few keys per file and a small batch
 * standing in for 50,000 and 1,000, so no test needs 50,000 rows.
 */
class SitemapTest {

    private static final String BASE = "https://hub.example.org";
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    /** A source in memory that answers like the database queries do, and counts how it is asked. */
    private static class KeyedSource implements SitemapSource {
        private final String name;
        private final TreeMap<Long, Url> urls = new TreeMap<>();
        private final List<Integer> pageSizes = new ArrayList<>();

        KeyedSource(String name, long... keys) {
            this.name = name;
            for (long key : keys) {
                urls.put(key, new Url(key, "/" + name + "/" + key, T0.plusSeconds(key * 60)));
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Chunk> chunks(int keysPerFile) {
            Map<Long, Instant> newest = new TreeMap<>();
            urls.values().forEach(url -> newest.merge((url.key() - 1) / keysPerFile + 1, url.lastModified(),
                    (a, b) -> a.isAfter(b) ? a : b));
            return newest.entrySet().stream().map(e -> new Chunk(e.getKey(), e.getValue())).toList();
        }

        @Override
        public List<Url> urls(long after, long upTo, int limit) {
            List<Url> page = urls.subMap(after, false, upTo, true).values().stream().limit(limit).toList();
            pageSizes.add(page.size());
            return page;
        }
    }

    @Test
    void theProtocolLimitIsTheDefaultAndCannotBeExceeded() {
        assertThat(Sitemap.MAX_URLS_PER_FILE).isEqualTo(50_000);
        assertThatThrownBy(() -> new Sitemap(List.of(), 50_001, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachFileHoldsTheUrlsOfItsKeyRangeReadInBatchesAndNoMoreThanItsShare() {
        KeyedSource threads = new KeyedSource("threads", 1, 2, 3, 4, 5, 6, 7, 10);
        Sitemap sitemap = new Sitemap(List.of(threads), 3, 2);

        assertThat(locs(file(sitemap, "threads", 1))).containsExactly(BASE + "/threads/1", BASE + "/threads/2", BASE + "/threads/3");
        assertThat(threads.pageSizes).as("a keyset walk: full batches, then the rest").containsExactly(2, 1);
        assertThat(locs(file(sitemap, "threads", 2))).containsExactly(BASE + "/threads/4", BASE + "/threads/5", BASE + "/threads/6");
        assertThat(locs(file(sitemap, "threads", 3))).containsExactly(BASE + "/threads/7");
        assertThat(locs(file(sitemap, "threads", 4))).containsExactly(BASE + "/threads/10");
    }

    @Test
    void aRangeWithoutUrlsAnUnknownSourceAndNumberZeroAreNoFiles() {
        Sitemap sitemap = new Sitemap(List.of(new KeyedSource("threads", 1, 2, 10)), 3, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(sitemap.writeFile(BASE, "threads", 2, out)).isFalse();
        assertThat(sitemap.writeFile(BASE, "threads", 5, out)).isFalse();
        assertThat(sitemap.writeFile(BASE, "posts", 1, out)).isFalse();
        assertThat(sitemap.writeFile(BASE, "threads", 0, out)).isFalse();
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void theIndexNamesEveryFileWithUrlsAndItsNewestChangeAndIsValid() throws Exception {
        Sitemap sitemap = new Sitemap(List.of(new KeyedSource("threads", 1, 2, 10), new KeyedSource("boards", 4)), 3, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sitemap.writeIndex(BASE, out);
        String xml = out.toString(StandardCharsets.UTF_8);

        assertThat(SitemapValidator.indexProblems(xml)).isEmpty();
        assertThat(locs(xml)).containsExactly(BASE + "/sitemaps/boards-2.xml", BASE + "/sitemaps/threads-1.xml",
                BASE + "/sitemaps/threads-4.xml");
        assertThat(texts(xml, "lastmod")).containsExactly("2026-11-01T10:04:00Z", "2026-11-01T10:02:00Z", "2026-11-01T10:10:00Z");
    }

    @Test
    void aFullFileIsAValidUrlsetWithItsDates() {
        long[] keys = IntStream.rangeClosed(1, 7).asLongStream().toArray();
        String xml = file(new Sitemap(List.of(new KeyedSource("announcements", keys)), 7, 3), "announcements", 1);

        assertThat(SitemapValidator.urlsetProblems(xml)).isEmpty();
        assertThat(locs(xml)).hasSize(7);
        assertThat(texts(xml, "lastmod")).first().isEqualTo("2026-11-01T10:01:00Z");
    }

    @Test
    void markupInAUrlIsEscapedByTheXmlWriter() throws Exception {
        SitemapSource odd = new KeyedSource("pages", 1) {
            @Override
            public List<Url> urls(long after, long upTo, int limit) {
                return after < 1 ? List.of(new Url(1, "/search?a=1&b=<2>", null)) : List.of();
            }
        };
        String xml = file(new Sitemap(List.of(odd), 5, 5), "pages", 1);

        assertThat(xml).contains("/search?a=1&amp;b=&lt;2");
        assertThat(locs(xml)).containsExactly(BASE + "/search?a=1&b=<2>");
        assertThat(texts(xml, "lastmod")).as("no date, no lastmod").isEmpty();
    }

    @Test
    void sourcesNeedUniqueNamesOfLetters() {
        assertThatThrownBy(() -> Sitemap.of(List.of(new KeyedSource("threads"), new KeyedSource("threads"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Sitemap.of(List.of(new KeyedSource("forum-threads"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String file(Sitemap sitemap, String name, long number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(sitemap.writeFile(BASE, name, number, out)).as(name + "-" + number).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> locs(String xml) {
        return texts(xml, "loc");
    }

    private static List<String> texts(String xml, String element) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", element);
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }
}
