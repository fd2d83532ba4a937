package dev.masthead.web.cache;

import dev.masthead.support.Sha256;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caching headers of a public read, shared by the doors: {@link HttpCaching} for REST,
 * and GraphQL's GET answers, which SmallRye writes outside JAX-RS. Such an answer is sent as it
 * is (its strong ETag is the hash of those bytes), and handed to {@link CachedReads} with its
 * gzip coding too, so the next reader gets either from memory with its own ETag.
 */
@ApplicationScoped
public class PublicAnswers {

    private final String cacheControl;
    private final int compressionLevel;

    public PublicAnswers(HttpConfig config,
            @ConfigProperty(name = "quarkus.http.compression-level") Optional<Integer> compressionLevel) {
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds() + ", s-maxage=" + config.sMaxAge().toSeconds()
                + ", stale-while-revalidate=" + config.staleWhileRevalidate().toSeconds();
        // The level Vert.x compresses everything else with, so both kinds of answers weigh alike.
        this.compressionLevel = compressionLevel.orElse(6);
    }

    /** The Cache-Control of every public read. */
    public String cacheControl() {
        return cacheControl;
    }

    int compressionLevel() {
        return compressionLevel;
    }

    /**
     * Completes the headers of a public answer whose body, {@code identity}, is being sent as it
     * is, from a headers-end handler: ETag, Cache-Control, {@code Vary: Accept-Encoding} and
     * Surrogate-Key; and offers it to {@link CachedReads}. An answer a door marked private
     * (a preview) is left alone.
     */
    public void complete(RoutingContext ctx, String mediaType, byte[] identity, List<String> surrogateKeys) {
        if (PrivateAnswers.isPrivate(ctx) || surrogateKeys.isEmpty()) {
            return;
        }
        var headers = ctx.response().headers();
        headers.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        headers.set("Surrogate-Key", String.join(" ", surrogateKeys));
        sendAsIs(ctx, mediaType, identity, surrogateKeys);
    }

    /**
     * For an answer only this instance's memory may keep (a GraphQL POST, which no HTTP cache
     * keys by its body): its ETag and {@code Vary: Accept-Encoding}, and the offer to
     * {@link CachedReads}; Cache-Control stays the caller's.
     */
    public void offerToMemory(RoutingContext ctx, String mediaType, byte[] identity, List<String> surrogateKeys) {
        if (!PrivateAnswers.isPrivate(ctx) && !surrogateKeys.isEmpty() && CachedReads.cacheable(ctx)) {
            sendAsIs(ctx, mediaType, identity, surrogateKeys);
        }
    }

    private void sendAsIs(RoutingContext ctx, String mediaType, byte[] identity, List<String> surrogateKeys) {
        var base = Sha256.base64Url(identity).substring(0, 27);
        var headers = ctx.response().headers();
        headers.set(HttpHeaders.ETAG, '"' + base + ContentCoding.IDENTITY.tagSuffix() + '"');
        // Sent as written: the ETag names these bytes, so Vert.x must not compress them on its own.
        // A gzip reader gets the compressed coding, with its own ETag, from memory from the next read on.
        headers.set(HttpHeaders.CONTENT_ENCODING, ContentCoding.IDENTITY.token());
        var vary = headers.get(HttpHeaders.VARY);
        headers.set(HttpHeaders.VARY, vary == null || vary.isBlank() ? "Accept-Encoding" : vary + ", Accept-Encoding");
        if (CachedReads.cacheable(ctx)) {
            CachedReads.offer(ctx, mediaType, identity, ContentCoding.GZIP.encode(identity, compressionLevel), base,
                    surrogateKeys);
        }
    }
}
