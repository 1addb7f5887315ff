package eu.clusterhub.platform.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps.org 0.9 documents with StAX, which escapes whatever a URL holds
 * (&amp; in a query string must be &amp;amp; there). One instance writes one document:
 * {@link #startUrlset} or {@link #startIndex}, its entries, then {@link #end}.
 */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    SitemapXml(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    void startUrlset() {
        start("urlset");
    }

    void startIndex() {
        start("sitemapindex");
    }

    /** A {@code <url>} of a urlset. */
    void url(String loc, Instant lastModified) {
        entry("url", loc, lastModified);
    }

    /** A {@code <sitemap>} of an index. */
    void sitemap(String loc, Instant lastModified) {
        entry("sitemap", loc, lastModified);
    }

    void end() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void start(String root) {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, root);
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void entry(String element, String loc, Instant lastModified) {
        try {
            xml.writeStartElement(NAMESPACE, element);
            xml.writeStartElement(NAMESPACE, "loc");
            xml.writeCharacters(loc);
            xml.writeEndElement();
            if (lastModified != null) {
                xml.writeStartElement(NAMESPACE, "lastmod");
                // W3C Datetime, to the second, in UTC: 2026-11-30T21:15:10Z
                xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
