package dev.masthead.web.cache;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Completes the headers that tell caches which representation they hold, on every answer of
 * the public port (and drops "identity" on the management port), whoever writes it (REST, GraphQL, Swagger UI, CORS, size limits):
 * <ul>
 * <li>{@code Vary: Origin} while CORS is on, because the Access-Control-* headers differ by
 * origin and a shared cache must not hand one origin's answer to another;</li>
 * <li>{@code Cache-Control: private, no-store} and no ETag or Surrogate-Key on answers a door
 * marked private ({@link PrivateAnswers}: previews), and {@code Vary: Authorization} on those
 * that depend on who asks;</li>
 * <li>{@code Vary: Accept-Encoding} on answers Vert.x may still compress (no Content-Encoding
 * chosen yet), since it compresses only for clients that ask;</li>
 * <li>no {@code Content-Encoding: identity}. Quarkus marks every answer so, to keep Vert.x
 * from compressing what it should not, and Vert.x removes the mark only while compressing a
 * body for a client that accepts gzip or deflate: on redirects, 304s, HEAD and answers to
 * clients that accept neither it went out as sent. It is dropped where Vert.x compresses
 * nothing without it: for clients that accept neither coding, and over HTTP/1.1 for answers
 * without a body. (Over HTTP/2 Vert.x would label such an answer with the client's coding.)</li>
 * </ul>
 * {@link HttpCaching} chooses the coding of cached reads itself and names Accept-Encoding there.
 */
@ApplicationScoped
public class RepresentationHeaders {

    private final boolean cors;

    public RepresentationHeaders(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean cors) {
        this.cors = cors;
    }

    /** First of our routes, so that even answers our own early checks send are completed. */
    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> complete(ctx, ctx.request(), ctx.response()));
            ctx.next();
        });
    }

    /**
     * The management interface compresses nothing (Masthead does not switch it on there), so the
     * "identity" mark that problems carry to keep Vert.x from compressing them is dropped from
     * every answer.
     */
    void onManagementPort(@Observes @Priority(1) ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                var headers = ctx.response().headers();
                if ("identity".equalsIgnoreCase(headers.get(HttpHeaders.CONTENT_ENCODING))) {
                    headers.remove(HttpHeaders.CONTENT_ENCODING);
                }
            });
            ctx.next();
        });
    }

    private void complete(RoutingContext ctx, HttpServerRequest request, HttpServerResponse response) {
        var headers = response.headers();
        if (PrivateAnswers.isPrivate(ctx)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "private, no-store");
            headers.remove(HttpHeaders.ETAG);
            headers.remove("Surrogate-Key");
        }
        var authorization = PrivateAnswers.variesByAuthorization(ctx);
        var encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        var status = response.getStatusCode();
        var noBodyByStatus = status < 200 || status == 204 || status == 304;
        var emptyBody = request.method() != HttpMethod.HEAD && "0".equals(headers.get(HttpHeaders.CONTENT_LENGTH));
        var identity = encoding != null && encoding.equalsIgnoreCase("identity");
        if (identity && (!ContentCoding.acceptsAny(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "gzip", "deflate")
                || request.version() != HttpVersion.HTTP_2
                        && (noBodyByStatus || emptyBody || request.method() == HttpMethod.HEAD))) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
        var mayCompress = encoding == null && !noBodyByStatus && !emptyBody;
        if (mayCompress || cors || authorization) {
            vary(response, mayCompress, cors, authorization);
        }
    }

    /** Merges into one Vary header, keeping what is there and its order, each name once. */
    private static void vary(HttpServerResponse response, boolean acceptEncoding, boolean origin,
            boolean authorization) {
        var names = new LinkedHashMap<String, String>();
        for (var value : response.headers().getAll(HttpHeaders.VARY)) {
            for (var name : value.split(",")) {
                var trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    names.putIfAbsent(trimmed.toLowerCase(), trimmed);
                }
            }
        }
        if (names.containsKey("*")) {
            return;
        }
        if (acceptEncoding) {
            names.putIfAbsent("accept-encoding", "Accept-Encoding");
        }
        if (origin) {
            names.putIfAbsent("origin", "Origin");
        }
        if (authorization) {
            names.putIfAbsent("authorization", "Authorization");
        }
        response.headers().set(HttpHeaders.VARY, String.join(", ", names.values()));
    }
}
