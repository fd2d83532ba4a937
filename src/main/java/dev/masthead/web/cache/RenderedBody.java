package dev.masthead.web.cache;

import java.util.List;

/**
 * A public answer a door has already rendered in a media type of its own (an RSS or Atom
 * feed, a JSON Feed): {@link HttpCaching} hashes, tags, compresses and answers 304 for these
 * bytes exactly as it does for JSON, but keeps their media type and lists their keys in
 * Surrogate-Key. Should HttpCaching leave one alone, {@link RenderedBodyWriter} still sends
 * the bytes as they are.
 *
 * @param bytes the body as sent without compression
 * @param mediaType its Content-Type, charset included
 * @param surrogateKeys what it was built from
 */
public record RenderedBody(byte[] bytes, String mediaType, List<String> surrogateKeys) {
}
