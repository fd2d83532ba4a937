package dev.masthead.sitemaps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The schemas and what the tests read out of sitemaps. sitemaps.org's sitemap.xsd and
 * siteindex.xsd come with the test dependency sitemapgen4j (a sitemap library that ships the
 * published schemas); the news extension's schema is ours, written from Google's documentation
 * (src/test/resources/xsd/news-sitemap.xsd says what it declares). A news sitemap is validated
 * against both together: sitemap.xsd admits foreign elements with processContents="strict", so
 * every news:* element must satisfy the news declaration.
 */
final class SitemapSchemas {

    private static final String PUBLISHED = "/com/redfin/sitemapgenerator/";
    private static final Schema INDEX = schema(PUBLISHED + "siteindex.xsd");
    private static final Schema URLSET = schema(PUBLISHED + "sitemap.xsd", "/xsd/news-sitemap.xsd");

    private SitemapSchemas() {
    }

    /** Fails unless the bytes are a valid sitemaps.org 0.9 sitemap index. */
    static Document validIndex(byte[] xml) {
        return valid(INDEX, xml);
    }

    /** Fails unless the bytes are a valid sitemaps.org 0.9 urlset (news elements included). */
    static Document validUrlset(byte[] xml) {
        return valid(URLSET, xml);
    }

    /**
     * Fails unless the bytes are a valid news sitemap. The schema wants at least one url, but a
     * window without articles leaves nothing to list: that answer must be an empty urlset.
     */
    static Document validNews(byte[] xml) {
        var document = parsed(xml);
        var root = document.getDocumentElement();
        if (SitemapXml.SITEMAP_NS.equals(root.getNamespaceURI()) && "urlset".equals(root.getLocalName())
                && root.getElementsByTagNameNS("*", "*").getLength() == 0) {
            return document;
        }
        return valid(URLSET, xml);
    }

    /** The text of every element of that namespace and local name, in document order. */
    static List<String> texts(Document document, String namespace, String name) {
        var nodes = document.getElementsByTagNameNS(namespace, name);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The lastmod of the entry (url or sitemap) whose loc is given, or null when it has none. */
    static String lastmodOf(Document document, String loc) {
        var locs = document.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            if (locs.item(i).getTextContent().equals(loc)) {
                var entry = (Element) locs.item(i).getParentNode();
                var lastmods = entry.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "lastmod");
                return lastmods.getLength() == 0 ? null : lastmods.item(0).getTextContent();
            }
        }
        throw new AssertionError("no entry has the loc " + loc);
    }

    private static Document valid(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against the sitemap schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return parsed(xml);
    }

    private static Document parsed(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema(String... files) {
        var sources = new Source[files.length];
        for (int i = 0; i < files.length; i++) {
            URL url = SitemapSchemas.class.getResource(files[i]);
            sources[i] = new StreamSource(url.toExternalForm());
        }
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
