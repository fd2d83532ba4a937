package dev.masthead.web.cache;

import dev.masthead.support.Sha256;
import io.vertx.core.buffer.Buffer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves public reads from {@link ResponseCache} before any door runs: a hit is answered on
 * the event loop from bytes already encoded, with no database, no serializer and no worker
 * thread. A miss goes on to its door, noting the cache's epoch; the door hands the answer it
 * built over with {@link #offer} and it is stored when its headers are complete, if nothing
 * changed meanwhile.
 *
 * <p>Only anonymous GET and HEAD requests under {@code /api/v1/} (management excepted), and
 * GET requests to {@code /graphql}, are looked up here. Anything sent with an Authorization header goes to its
 * door, since the answer may depend on who asks; so does a request whose Accept header does
 * not take the stored media type. GraphQL answers differ by Accept (graphql-response+json
 * or JSON), so their key holds it.
 *
 * <p>A GraphQL query sent by POST is looked up once its body has been read and checked
 * ({@link #serveBody}), under the SHA-256 of the body as sent: most clients POST the same few
 * documents with the same variables, and an answer built for one is the answer for all of them.
 * It is kept in memory only; what goes out still says {@code Cache-Control: no-store}, since
 * no HTTP cache keys POSTs by their bodies.
 */
@ApplicationScoped
public class CachedReads {

    /** After the CORS filter (-300) and authentication, before GraphQL's own checks (-90) and every door. */
    private static final int ORDER = -95;
    private static final String API = "/api/v1/";
    private static final String ADMIN = "/api/v1/admin/";
    private static final String GRAPHQL = "/graphql";
    private static final String STARTED = CachedReads.class.getName() + ".started";
    private static final String KEY = CachedReads.class.getName() + ".key";
    private static final String OFFERED = CachedReads.class.getName() + ".offered";
    /** Said on every cacheable read, so operators and tests can tell where an answer came from. */
    static final String X_CACHE = "X-Cache";
    /** Headers that belong to one exchange, or that are set again on each hit. */
    private static final Set<String> PER_EXCHANGE = Set.of("content-length", "content-encoding", "content-type", "etag",
            "date", "transfer-encoding", "connection", "keep-alive", "set-cookie", "x-cache");

    private final ResponseCache cache;

    public CachedReads(ResponseCache cache) {
        this.cache = cache;
    }

    void install(@Observes @Priority(30) Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    /**
     * Hands a door's answer to the cache, to be stored once its headers are complete. Only
     * requests this class let through as cacheable reads are taken; anything else is ignored.
     */
    public static void offer(RoutingContext ctx, String mediaType, byte[] identity, byte[] gzip, String tag,
            List<String> surrogateKeys) {
        if (ctx != null && ctx.get(KEY) != null && !surrogateKeys.isEmpty()) {
            ctx.put(OFFERED, new CachedAnswer(mediaType, identity, gzip, tag, List.copyOf(surrogateKeys), List.of(), false));
        }
    }

    /** Whether this request was let through as a cacheable read, so an answer offered would be kept. */
    public static boolean cacheable(RoutingContext ctx) {
        return ctx != null && ctx.get(KEY) != null;
    }

    /**
     * A GraphQL POST whose body has been read and found to be a well-formed request: answered
     * from memory when an answer to the same body is held (true), else noted, so that the answer
     * built for it is kept (false). Requests with an Authorization header are never looked up.
     */
    public boolean serveBody(RoutingContext ctx, byte[] body) {
        Long startedAt = ctx.get(STARTED);
        if (startedAt == null || !cache.active()) {
            return false;
        }
        var request = ctx.request();
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        var key = "POST " + GRAPHQL + '\n' + Sha256.base64Url(body) + '\n' + (accept == null ? "" : accept);
        var answer = cache.lookup(key);
        if (answer != null && accepts(accept, answer.mediaType())) {
            if (answer.variesByAuthorization()) {
                PrivateAnswers.varyByAuthorization(ctx);
            }
            send(request, ctx.response(), answer);
            return true;
        }
        ctx.put(KEY, key);
        return false;
    }

    private void serve(RoutingContext ctx) {
        var request = ctx.request();
        if (!cache.active()) {
            ctx.next();
            return;
        }
        var key = key(request);
        if (key == null) {
            if (anonymousGraphQLPost(request)) {
                // The key comes from the body, read further on (serveBody); the epoch is noted now.
                long startedAt = cache.epoch();
                ctx.put(STARTED, startedAt);
                ctx.addHeadersEndHandler(nothing -> {
                    String bodyKey = ctx.get(KEY);
                    if (bodyKey != null) {
                        keep(ctx, bodyKey, startedAt);
                    }
                });
            }
            ctx.next();
            return;
        }
        // If-Match and its kin are rare on reads; the door evaluates them (412) as it always has.
        var conditional = request.headers().contains(HttpHeaders.IF_MATCH)
                || request.headers().contains("If-Unmodified-Since");
        var answer = conditional ? null : cache.lookup(key);
        if (answer != null && accepts(request.getHeader(HttpHeaders.ACCEPT), answer.mediaType())) {
            if (answer.variesByAuthorization()) {
                PrivateAnswers.varyByAuthorization(ctx);
            }
            send(request, ctx.response(), answer);
            return;
        }
        long startedAt = cache.epoch();
        ctx.put(KEY, key);
        ctx.put(STARTED, startedAt);
        ctx.addHeadersEndHandler(nothing -> keep(ctx, key, startedAt));
        ctx.next();
    }

    /** The cache key of a cacheable read, or null. */
    private static String key(HttpServerRequest request) {
        var method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        var path = request.path();
        if (path.startsWith(API) && !path.startsWith(ADMIN)) {
            return request.uri();
        }
        // GraphQL answers HEAD with 405, so only a GET may be served what a GET stored.
        if (path.equals(GRAPHQL) && method == HttpMethod.GET && request.query() != null) {
            var accept = request.getHeader(HttpHeaders.ACCEPT);
            return request.uri() + '\n' + (accept == null ? "" : accept);
        }
        return null;
    }

    private static boolean anonymousGraphQLPost(HttpServerRequest request) {
        return request.method() == HttpMethod.POST && request.path().equals(GRAPHQL)
                && !request.headers().contains(HttpHeaders.AUTHORIZATION)
                && !request.headers().contains(HttpHeaders.IF_MATCH)
                && !request.headers().contains("If-Unmodified-Since");
    }

    private void keep(RoutingContext ctx, String key, long startedAt) {
        CachedAnswer offered = ctx.get(OFFERED);
        var response = ctx.response();
        var status = response.getStatusCode();
        // An answer that varies by Authorization is kept: it was built for a request without one,
        // and only requests without one are served from here.
        if (offered == null || status != 200 && status != 304 || PrivateAnswers.isPrivate(ctx)
                || response.headers().contains(HttpHeaders.SET_COOKIE)) {
            return;
        }
        var headers = new ArrayList<Map.Entry<String, String>>();
        for (var header : response.headers()) {
            var name = header.getKey().toLowerCase(Locale.ROOT);
            // CORS headers name the asking origin; the CORS filter sets them again on every hit.
            if (!PER_EXCHANGE.contains(name) && !name.startsWith("access-control-")) {
                headers.add(Map.entry(header.getKey(), header.getValue()));
            }
        }
        var answer = new CachedAnswer(offered.mediaType(), offered.identity(), offered.gzip(), offered.tag(),
                offered.surrogateKeys(), List.copyOf(headers), PrivateAnswers.variesByAuthorization(ctx));
        response.headers().set(X_CACHE, "MISS");
        cache.store(key, answer, startedAt);
    }

    private static void send(HttpServerRequest request, HttpServerResponse response, CachedAnswer answer) {
        var coding = ContentCoding.choose(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        var headers = response.headers();
        for (var header : answer.headers()) {
            headers.add(header.getKey(), header.getValue());
        }
        var etag = answer.etag(coding);
        headers.set(HttpHeaders.ETAG, etag);
        headers.set(X_CACHE, "HIT");
        // A POST is answered in full: If-None-Match is a GET's question.
        if (request.method() != HttpMethod.POST && notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        headers.set(HttpHeaders.CONTENT_TYPE, answer.mediaType());
        // "identity" keeps Vert.x from compressing again; RepresentationHeaders drops it where it must.
        headers.set(HttpHeaders.CONTENT_ENCODING, coding.token());
        // Over HTTP/2 Netty compresses to whatever Content-Encoding names, so it gets the JSON as it is.
        var body = request.version() == HttpVersion.HTTP_2 ? answer.identity() : answer.body(coding);
        if (request.method() == HttpMethod.HEAD) {
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** RFC 9110's weak comparison, as {@link HttpCaching} does for answers built by a door. */
    private static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.startsWith("W/") && tag.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an Accept header takes the media type; a header we cannot read sends the request to its door. */
    private static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        var semicolon = mediaType.indexOf(';');
        var type = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        var major = type.substring(0, type.indexOf('/') + 1) + "*";
        for (var range : accept.toLowerCase(Locale.ROOT).split(",")) {
            var parts = range.split(";");
            var name = parts[0].strip();
            if ((name.equals("*/*") || name.equals(type) || name.equals(major)) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            var parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
