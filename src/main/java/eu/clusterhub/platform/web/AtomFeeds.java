package eu.clusterhub.platform.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/** The pieces every Atom 1.0 feed of the site is built from (with ROME), and writing one out. */
public final class AtomFeeds {

    private AtomFeeds() {
    }

    /** A feed with its id (its own URL), title, self and alternate (HTML page) links, by ClusterHub. */
    public static Feed feed(String self, String alternate, String title) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setAlternateLinks(List.of(link("alternate", "text/html", alternate)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
        feed.setAuthors(List.of(person("ClusterHub")));
        return feed;
    }

    public static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    public static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    /** Content of the given type: {@link Content#HTML} for sanitized HTML, {@link Content#TEXT} for plain text. */
    public static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    public static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }

    /**
     * Writes the feed with its media type, how long caches may keep it, and a tag of its
     * bytes: a feed reader asking again with that tag gets 304 and nothing else, which is
     * most of a feed's traffic.
     */
    public static void write(Feed feed, int maxAgeSeconds, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String xml;
        try {
            xml = new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IOException("feed could not be written", e);
        }
        ConditionalGet.sendShared(xml.getBytes(StandardCharsets.UTF_8), "application/atom+xml;charset=UTF-8", maxAgeSeconds,
                request, response);
    }
}
