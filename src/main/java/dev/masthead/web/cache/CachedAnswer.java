package dev.masthead.web.cache;

import java.util.List;
import java.util.Map;

/**
 * One public answer as it went out: its body encoded both ways, the ETag of each (the gzip
 * one with its suffix), the media type, the surrogate keys it was built from and the
 * headers that describe it (Cache-Control, Link, Vary, Surrogate-Key ...), and whether it
 * depends on the Authorization header (it was built for a request without one). Immutable, so
 * any number of event-loop threads may send it at once.
 */
record CachedAnswer(String mediaType, byte[] identity, byte[] gzip, String tag, List<String> surrogateKeys,
        List<Map.Entry<String, String>> headers, boolean variesByAuthorization) {

    /** The ETag of the representation in this coding, quoted. */
    String etag(ContentCoding coding) {
        return '"' + tag + coding.tagSuffix() + '"';
    }

    byte[] body(ContentCoding coding) {
        return coding == ContentCoding.GZIP ? gzip : identity;
    }

    /** What the cache counts against its size: the bodies, the headers and a fixed overhead. */
    int weight(String key) {
        int weight = 256 + key.length() * 2 + identity.length + gzip.length;
        for (var header : headers) {
            weight += 2 * (header.getKey().length() + header.getValue().length()) + 32;
        }
        return weight;
    }
}
