package dev.masthead.web.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.support.Sha256;
import dev.masthead.web.problem.Problem;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching headers for every successful public GET and HEAD under /api/v1. The answer is sent
 * gzip-compressed or as it is, as Accept-Encoding asks, and each representation carries its
 * own strong ETag (the hash of the JSON, or of the bytes of a body a door wrote in another media
 * type: a {@link RenderedBody} such as a feed, or a sitemap's XML; with {@code -gzip} for the
 * compressed one) with
 * {@code Vary: Accept-Encoding}, so a cache never serves one for the other. JAX-RS evaluates
 * If-None-Match (304) and If-Match (412) against that tag. Cache-Control (the configured
 * one, unless the door set its own: the change feed's complete pages never change) and the
 * Surrogate-Key a CDN purges by complete it. Management reads (/api/v1/admin) are left to
 * their resources' version ETags and never stored; so are answers a door marked private
 * ({@link PrivateAnswers}).
 */
public class HttpCaching {

    private static final String ADMIN = "/api/v1/admin/";
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    private final ObjectMapper json;
    private final String cacheControl;
    private final int compressionLevel;
    private final PrivateAnswers privateAnswers;
    private final CurrentVertxRequest currentRequest;

    public HttpCaching(ObjectMapper json, PublicAnswers publicAnswers, PrivateAnswers privateAnswers,
            CurrentVertxRequest currentRequest) {
        this.json = json;
        this.privateAnswers = privateAnswers;
        this.currentRequest = currentRequest;
        this.cacheControl = publicAnswers.cacheControl();
        this.compressionLevel = publicAnswers.compressionLevel();
    }

    @ServerResponseFilter(priority = 2000)
    public void cache(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest exchange,
            ResourceInfo resource) throws IOException {
        var read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // Answers to writes (signups, confirmations, admin exports) are personal: never stored anywhere.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        var path = request.getUriInfo().getPath();
        if (read && path.startsWith(ADMIN)) {
            // Management answers carry their row's version as ETag and are nobody's to keep.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
            return;
        }
        if (!read || response.getStatus() != 200 || !response.hasEntity() || !path.startsWith("/api/v1/")
                || privateAnswers.isPrivate()) {
            // A private answer (a preview) gets no validator, no shared caching and no purge key.
            return;
        }
        var entity = response.getEntity();
        // A body a door wrote itself in another media type (feeds, XML sitemaps) keeps its bytes and
        // its type; everything else is JSON.
        var rendered = entity instanceof RenderedBody r ? r : null;
        var type = response.getMediaType();
        var asJson = rendered == null && (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        var identity = rendered != null ? rendered.bytes()
                : entity instanceof byte[] b ? b
                : !asJson && entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : json.writeValueAsBytes(entity);
        var coding = ContentCoding.choose(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        var base = Sha256.base64Url(identity).substring(0, 27);
        var tag = new EntityTag(base + coding.tagSuffix());

        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, tag.toString());
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            // A door that knows its answer's life better (the change feed's complete pages never change) says so.
            headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        headers.putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (entity instanceof SurrogateKeyed keyed) {
            headers.putSingle("Surrogate-Key", String.join(" ", keyed.surrogateKeys()));
        } else if (entity instanceof ListBody list) {
            headers.putSingle("Surrogate-Key", String.join(" ", list.surrogateKeys()));
        } else if (rendered != null) {
            headers.putSingle("Surrogate-Key", String.join(" ", rendered.surrogateKeys()));
        }
        var ctx = currentRequest.getCurrent();
        var surrogateKey = headers.getFirst("Surrogate-Key");
        byte[] gzip = null;
        var method = resource == null ? null : resource.getResourceMethod();
        if (surrogateKey != null && CachedReads.cacheable(ctx)
                && (method == null || !method.isAnnotationPresent(ClockDependent.class))) {
            // Both codings are kept, so the next reader gets the one it asks for from memory.
            gzip = ContentCoding.GZIP.encode(identity, compressionLevel);
            var mediaType = rendered != null ? rendered.mediaType()
                    : asJson ? MediaType.APPLICATION_JSON : type.toString();
            CachedReads.offer(ctx, mediaType, identity, gzip, base, List.of(surrogateKey.toString().split(" ")));
        }

        var verdict = preconditions(request, tag);
        if (verdict == Response.Status.NOT_MODIFIED.getStatusCode()) {
            response.setStatus(verdict);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.remove(HttpHeaders.CONTENT_ENCODING);
            return;
        }
        if (verdict == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            preconditionFailed(request, response);
            return;
        }
        // "identity" keeps Vert.x from compressing in a coding of its own choice; it is dropped
        // before sending. Over HTTP/1.1 Vert.x leaves a body that names its coding alone, so we
        // compress it; over HTTP/2 Netty compresses to whatever Content-Encoding names.
        headers.putSingle(HttpHeaders.CONTENT_ENCODING, coding.token());
        var body = exchange.version() == HttpVersion.HTTP_2 ? identity
                : coding == ContentCoding.GZIP && gzip != null ? gzip
                : coding.encode(identity, compressionLevel);
        response.setEntity(body, NO_ANNOTATIONS, rendered != null ? MediaType.valueOf(rendered.mediaType())
                : asJson ? MediaType.APPLICATION_JSON_TYPE : type);
    }

    /**
     * The status the conditional headers call for, or 0 to answer normally. Quarkus REST
     * compares If-None-Match tags strongly, where RFC 9110 wants the weak comparison: a proxy
     * that weakens our tag (W/"...") must still get its 304, so the weak form is tried too
     * when no If-Match, which compares strongly, is in play.
     */
    private static int preconditions(ContainerRequestContext request, EntityTag tag) {
        var verdict = request.getRequest().evaluatePreconditions(tag);
        if (verdict == null && request.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            verdict = request.getRequest().evaluatePreconditions(new EntityTag(tag.getValue(), true));
        }
        return verdict == null ? 0 : verdict.build().getStatus();
    }

    private void preconditionFailed(ContainerRequestContext request, ContainerResponseContext response)
            throws IOException {
        var problem = new Problem(Problem.TYPE_BASE + "precondition-failed", "Precondition failed", 412,
                "If-Match names none of this resource's current ETags; fetch it again for its ETag.",
                request.getUriInfo().getPath(), null, null);
        var headers = response.getHeaders();
        headers.remove(HttpHeaders.ETAG);
        headers.remove("Surrogate-Key");
        // Sent as it is, like every problem; "identity" keeps Vert.x from compressing it.
        headers.putSingle(HttpHeaders.CONTENT_ENCODING, ContentCoding.IDENTITY.token());
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setStatus(412);
        response.setEntity(json.writeValueAsBytes(problem), NO_ANNOTATIONS, PROBLEM);
    }
}
