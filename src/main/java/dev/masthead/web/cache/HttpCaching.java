package dev.masthead.web.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.support.Sha256;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caching headers for every successful public GET under /api/v1: a strong ETag computed
 * from the exact bytes sent, 304 when If-None-Match already holds them, Cache-Control,
 * and the Surrogate-Key a CDN purges by.
 */
public class HttpCaching {

    private final ObjectMapper json;
    private final String cacheControl;

    public HttpCaching(ObjectMapper json, HttpConfig config) {
        this.json = json;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds() + ", stale-while-revalidate="
                + config.staleWhileRevalidate().toSeconds();
    }

    @ServerResponseFilter(priority = 2000)
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            // Answers to writes (signups, confirmations, admin exports) are personal: never stored anywhere.
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/v1/")) {
            return;
        }
        var entity = response.getEntity();
        var bytes = entity instanceof byte[] b ? b : json.writeValueAsBytes(entity);
        var etag = "\"" + digest(bytes) + "\"";
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (entity instanceof SurrogateKeyed keyed) {
            headers.putSingle("Surrogate-Key", String.join(" ", keyed.surrogateKeys()));
        } else if (entity instanceof ListBody list) {
            headers.putSingle("Surrogate-Key", String.join(" ", list.surrogateKeys()));
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(bytes, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }

    /** RFC 9110 weak comparison, as If-None-Match requires: a list of tags, W/ prefixes ignored, or *. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] bytes) {
        return Sha256.base64Url(bytes).substring(0, 27);
    }
}
