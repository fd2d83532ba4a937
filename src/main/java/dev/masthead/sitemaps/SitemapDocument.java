package dev.masthead.sitemaps;

import java.util.List;

/** A finished sitemap: its XML in UTF-8, and the Surrogate-Key values of what it was built from. */
public record SitemapDocument(byte[] xml, List<String> surrogateKeys) {
}
