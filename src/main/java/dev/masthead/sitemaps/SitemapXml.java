package dev.masthead.sitemaps;

import dev.masthead.support.XmlChars;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one sitemap document (sitemaps.org 0.9, with Google's news extension where asked)
 * into UTF-8 bytes. A StAX writer escapes every text, so a headline with {@code <} or
 * {@code &} cannot break the XML. The bytes are the same for the same content, as the ETag
 * that HttpCaching derives from them must be.
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter xml;

    private SitemapXml(String root, boolean news) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (news) {
                xml.setPrefix("news", NEWS_NS);
                xml.writeNamespace("news", NEWS_NS);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sitemap index: a {@code sitemapindex} of {@link #sitemap} entries. */
    static SitemapXml index() {
        return new SitemapXml("sitemapindex", false);
    }

    /** A sitemap: a {@code urlset} of {@link #url} entries. */
    static SitemapXml urlset() {
        return new SitemapXml("urlset", false);
    }

    /** A Google News sitemap: a {@code urlset} of {@link #news} entries. */
    static SitemapXml newsUrlset() {
        return new SitemapXml("urlset", true);
    }

    SitemapXml sitemap(String loc, Instant lastmod) {
        return entry("sitemap", loc, lastmod);
    }

    SitemapXml url(String loc, Instant lastmod) {
        return entry("url", loc, lastmod);
    }

    /** One article of a news sitemap: its page, then the publication, publication date and title Google asks for. */
    SitemapXml news(String loc, String publication, String language, Instant published, String title) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement(SITEMAP_NS, "url");
            element(SITEMAP_NS, "loc", loc);
            xml.writeStartElement(NEWS_NS, "news");
            xml.writeStartElement(NEWS_NS, "publication");
            element(NEWS_NS, "name", publication);
            element(NEWS_NS, "language", language);
            xml.writeEndElement();
            element(NEWS_NS, "publication_date", w3c(published));
            element(NEWS_NS, "title", title);
            xml.writeEndElement();
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private SitemapXml entry(String name, String loc, Instant lastmod) {
        try {
            xml.writeCharacters("\n  ");
            xml.writeStartElement(SITEMAP_NS, name);
            element(SITEMAP_NS, "loc", loc);
            if (lastmod != null) {
                element(SITEMAP_NS, "lastmod", w3c(lastmod));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void element(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(XmlChars.clean(text));
        xml.writeEndElement();
    }

    /** W3C Datetime in UTC to the second, e.g. 2026-03-01T08:15:00Z: what crawlers read everywhere. */
    private static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
