package dev.masthead.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masthead.support.Sha256;
import dev.masthead.web.cache.CachedReads;
import dev.masthead.web.cache.PublicAnswers;
import dev.masthead.web.problem.ProblemWriter;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP rules of {@code /graphql}, checked before SmallRye sees a request, which would
 * answer most client mistakes with a 500 and a logged stack trace:
 * <ul>
 * <li>methods other than GET, POST and OPTIONS: 405 with {@code Allow};</li>
 * <li>a POST whose body is not declared {@code application/json} (a form or plain text,
 * which browsers send cross-site without a preflight): 415;</li>
 * <li>a request that is not a well-formed GraphQL request (no JSON object, no query string,
 * {@code variables} or {@code extensions} not an object, {@code operationName} not a string,
 * JSON nested deeper than {@value #MAX_NESTING}): 400 with a GraphQL error body;</li>
 * <li>a GET whose parameters are not properly percent-encoded, or given twice: 400.</li>
 * </ul>
 * Apollo's Automatic Persisted Queries are taken here too, by GET and POST: a request whose
 * {@code extensions.persistedQuery.sha256Hash} names a query {@link PersistedQueries} holds runs
 * that query; an unknown hash is answered {@code PersistedQueryNotFound} (200, as Apollo Server
 * does), and a request that sends the query with its hash registers it once it has run within
 * the limits (a hash that is not the query's SHA-256 is a 400).
 * <p>
 * A mutation sent by GET is refused with 405 once its document is parsed
 * ({@link GraphQLOverHttp}), as GraphQL over HTTP requires, since a GET must never change
 * state (a prefetching browser or a mail scanner following a link would otherwise sign
 * someone up). The status of SmallRye's answers is set here too, just before they go out.
 * Client mistakes are logged at DEBUG, without stack traces.
 */
@ApplicationScoped
public class GraphQLRequests {

    /** Deepest JSON nesting a request may send; GraphQL variables here are flat input objects. */
    static final int MAX_NESTING = 64;
    static final String ALLOWED = "GET, POST, OPTIONS";
    private static final String PATH = "/graphql";
    private static final String JSON = "application/json";
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String GRAPHQL_JSON = "application/graphql+json";
    private static final Set<String> PARAMETERS = Set.of("query", "operationName", "variables", "extensions");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    /** A query sent with its hash, to be registered once it has run. */
    private static final String REGISTRATION = GraphQLRequests.class.getName() + ".registration";
    /** Set on answers written here, which SmallRye's status rules do not apply to. */
    private static final String ANSWERED = GraphQLRequests.class.getName() + ".answered";
    /**
     * After the CORS filter (-300), so refusals carry CORS headers, and after SmallRye's
     * WebSocket upgrade route (-99); before SmallRye's own route, which has a positive order.
     */
    private static final int ORDER = -90;

    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final ObjectMapper strict;
    private final long bodyLimit;
    private final PersistedQueries persisted;
    private final PublicAnswers publicAnswers;
    private final int maxQueryLength;
    private final CachedReads cachedReads;

    public GraphQLRequests(ProblemWriter problems, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize bodyLimit, PersistedQueries persisted,
            PublicAnswers publicAnswers, GraphQLConfig config, CachedReads cachedReads) {
        this.problems = problems;
        this.json = json;
        this.bodyLimit = bodyLimit.asLongValue();
        this.persisted = persisted;
        this.publicAnswers = publicAnswers;
        this.maxQueryLength = config.maxQueryLength();
        this.cachedReads = cachedReads;
        var factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.strict = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void install(@Observes Router router) {
        // SmallRye's route reads the body again with its own body handler, which sees it has
        // been read and moves on.
        router.route(PATH).order(ORDER).handler(this::methodAndMediaType);
        router.route(PATH).order(ORDER + 1)
                .handler(BodyHandler.create(false).setBodyLimit(bodyLimit))
                .handler(this::postBody);
    }

    private void methodAndMediaType(RoutingContext ctx) {
        var method = ctx.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.POST)) {
            var wanted = responseType(ctx);
            ctx.addHeadersEndHandler(nothing -> answered(ctx, wanted));
        }
        if (method.equals(HttpMethod.GET)) {
            checkGet(ctx);
        } else if (method.equals(HttpMethod.OPTIONS)) {
            ctx.next();
        } else if (!method.equals(HttpMethod.POST)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, ALLOWED);
            Log.debugf("405 %s on %s", method, PATH);
            problems.send(ctx, 405, "method-not-allowed", "Method not allowed",
                    PATH + " answers GET (queries) and POST (queries and mutations); not " + method.name() + ".");
        } else if (!isJson(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            Log.debugf("415 on %s: %s", PATH, ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
            problems.send(ctx, 415, "unsupported-media-type", "Unsupported media type",
                    "POST " + PATH + " takes a JSON body: send it with Content-Type: application/json "
                            + "(charset utf-8, if any).");
        } else {
            ctx.next();
        }
    }

    /** {@code application/json}, with no charset or utf-8. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        var parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            var parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes the URL's parameters once, checks them and hands SmallRye exactly those values:
     * SmallRye decodes what it is given a second time (so {@code %256D} would become an
     * {@code m}, {@code %2B} a space, and a lone {@code %} a 500) and takes the query for the
     * operation name, so each value is given to it encoded again, and the query and operation
     * name reach graphql-java through {@link GraphQLOverHttp}.
     */
    private void checkGet(RoutingContext ctx) {
        Map<String, String> parameters;
        try {
            parameters = parameters(ctx.request().query());
        } catch (IllegalArgumentException e) {
            badRequest(ctx, e.getMessage());
            return;
        }
        var query = parameters.get("query");
        var extensionsParameter = parameters.get("extensions");
        if ((query == null || query.isBlank()) && (extensionsParameter == null || extensionsParameter.isEmpty())) {
            badRequest(ctx, "query is missing: pass the GraphQL document as the query parameter.");
            return;
        }
        JsonNode extensions = null;
        for (var name : List.of("variables", "extensions")) {
            var value = parameters.get(name);
            if (value != null && !value.isEmpty()) {
                String problem;
                try {
                    var node = strict.readTree(value);
                    problem = objectOrNull(name, node, " a URL-encoded JSON object");
                    if (name.equals("extensions")) {
                        extensions = node;
                    }
                } catch (IOException e) {
                    problem = unreadable(name, e);
                }
                if (problem != null) {
                    badRequest(ctx, problem);
                    return;
                }
            }
        }
        String hash;
        try {
            hash = persistedHash(extensions);
        } catch (IllegalArgumentException e) {
            badRequest(ctx, e.getMessage());
            return;
        }
        if (hash != null) {
            query = persistedQuery(ctx, hash, query);
            if (query == null) {
                return;
            }
            parameters.put("query", query);
        }
        if (query == null || query.isBlank()) {
            badRequest(ctx, "query is missing: pass the GraphQL document as the query parameter.");
            return;
        }
        var operationName = parameters.get("operationName");
        MultiMap forSmallRye;
        try {
            forSmallRye = ctx.queryParams();
        } catch (RuntimeException e) {
            badRequest(ctx, "The query string is not properly percent-encoded.");
            return;
        }
        forSmallRye.clear();
        for (var name : List.of("query", "variables", "extensions")) {
            var value = parameters.get(name);
            if (value != null && !value.isEmpty()) {
                forSmallRye.set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        ctx.put(GraphQLOverHttp.Get.KEY, new GraphQLOverHttp.Get(query,
                operationName == null || operationName.isEmpty() ? null : operationName));
        ctx.next();
    }

    /**
     * The GraphQL parameters of a URL's query string, each decoded once; other parameters
     * are ignored once they decode.
     *
     * @throws IllegalArgumentException with a message for the client, when one is not
     *         properly percent-encoded or given twice
     */
    static Map<String, String> parameters(String raw) {
        var parameters = new HashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (var pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals), "A parameter name");
            var value = decode(equals < 0 ? "" : pair.substring(equals + 1), name);
            if (PARAMETERS.contains(name) && parameters.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException(name + " is given more than once; give it once.");
            }
        }
        return parameters;
    }

    private void postBody(RoutingContext ctx) {
        if (!ctx.request().method().equals(HttpMethod.POST)) {
            ctx.next();
            return;
        }
        var body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            badRequest(ctx, "The request body is empty; send {\"query\": \"...\"} as JSON.");
            return;
        }
        var sent = body.getBytes();
        String problem;
        JsonNode request = null;
        try {
            request = strict.readTree(sent);
            problem = persistedPost(ctx, request);
            if (problem == null) {
                problem = envelope(request);
            } else if (problem.isEmpty()) {
                // Answered: the hash is unknown, or does not match the query.
                return;
            }
        } catch (IOException e) {
            problem = unreadable("The request body", e);
        }
        if (problem != null) {
            badRequest(ctx, problem);
            return;
        }
        // Set first: sending from memory runs the headers-end handlers, and answered() must leave
        // a stored answer as it is (it would take a graphql-response+json answer nothing ran for as a 400).
        ctx.put(ANSWERED, true);
        if (cachedReads.serveBody(ctx, sent)) {
            // The stored answer shows this very body ran within the limits: its hash may be registered
            // (again, if the registry has let it go since).
            if (ctx.get(REGISTRATION) instanceof Registration registration) {
                persisted.register(registration.hash(), registration.query());
            }
            return;
        }
        ctx.remove(ANSWERED);
        ctx.next();
    }

    /**
     * A persisted query sent by POST: a known hash alone becomes a body with its query, which
     * SmallRye reads; a query with its hash is checked and registered once it has run.
     *
     * @return null to go on, a message for a 400, or "" when the request has been answered
     */
    private String persistedPost(RoutingContext ctx, JsonNode request) {
        if (request == null || !request.isObject()) {
            return null;
        }
        var extensions = request.get("extensions");
        String hash;
        try {
            hash = persistedHash(extensions);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (hash == null) {
            return null;
        }
        var sent = request.get("query");
        if (sent != null && !sent.isNull() && !sent.isTextual()) {
            return null;
        }
        var query = persistedQuery(ctx, hash, sent == null || sent.isNull() ? null : sent.asText());
        if (query == null) {
            return "";
        }
        if (sent == null || sent.isNull()) {
            if (!(ctx instanceof RoutingContextInternal internal)) {
                return "Send the query with its hash.";
            }
            ((ObjectNode) request).put("query", query);
            try {
                internal.setBody(Buffer.buffer(json.writeValueAsBytes(request)));
            } catch (JsonProcessingException e) {
                return "The request body cannot be read.";
            }
        }
        return null;
    }

    /**
     * The query a persisted-query request runs: the one registered under the hash when none is
     * sent, else the one sent, whose hash must match; it is then registered once it has run
     * ({@link #status}). Null when the request has been answered: an unknown hash, or one that
     * is not the query's.
     */
    private String persistedQuery(RoutingContext ctx, String hash, String sent) {
        if (sent == null || sent.isEmpty()) {
            var query = persisted.query(hash);
            if (query == null) {
                Log.debugf("Persisted query %s not found on %s", hash, PATH);
                persistedQueryNotFound(ctx);
            }
            return query;
        }
        if (!Sha256.hex(sent).equals(hash)) {
            // Apollo Server's words, which clients and their tests know.
            badRequest(ctx, "provided sha does not match query");
            return null;
        }
        if (sent.length() <= maxQueryLength) {
            ctx.put(REGISTRATION, new Registration(hash, sent));
        }
        return sent;
    }

    private record Registration(String hash, String query) {
    }

    /**
     * The lower-case sha256Hash of {@code extensions.persistedQuery}, or null when there is none.
     *
     * @throws IllegalArgumentException with a message for the client, when it is not version 1
     *         with 64 hexadecimal digits
     */
    static String persistedHash(JsonNode extensions) {
        if (extensions == null || !extensions.isObject()) {
            return null;
        }
        var persistedQuery = extensions.get("persistedQuery");
        if (persistedQuery == null || persistedQuery.isNull()) {
            return null;
        }
        if (!persistedQuery.isObject()) {
            throw new IllegalArgumentException("extensions.persistedQuery must be an object: "
                    + "{\"version\": 1, \"sha256Hash\": \"<hex>\"}; got " + kind(persistedQuery) + ".");
        }
        var version = persistedQuery.get("version");
        if (version == null || !version.isIntegralNumber() || version.asLong() != 1) {
            throw new IllegalArgumentException("Unsupported persisted query version: "
                    + "extensions.persistedQuery.version must be 1.");
        }
        var hash = persistedQuery.get("sha256Hash");
        if (hash == null || !hash.isTextual() || !SHA256_HEX.matcher(hash.asText()).matches()) {
            throw new IllegalArgumentException("extensions.persistedQuery.sha256Hash must be the SHA-256 of the "
                    + "query's UTF-8 bytes, as 64 hexadecimal digits.");
        }
        return hash.asText().toLowerCase(Locale.ROOT);
    }

    /**
     * What Apollo clients wait for before they send the query with its hash: a 200 with this
     * one error, never stored anywhere, since the next request registers the query.
     */
    private void persistedQueryNotFound(RoutingContext ctx) {
        var type = responseType(ctx);
        if (type == null) {
            ctx.next();
            return;
        }
        var error = Map.of("message", "PersistedQueryNotFound", "extensions", Map.of("code", "PERSISTED_QUERY_NOT_FOUND"));
        try {
            ctx.put(ANSWERED, true);
            ctx.response().setStatusCode(200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(json.writeValueAsString(Map.of("errors", List.of(error))));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static String decode(String encoded, String what) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not properly percent-encoded: a % must be followed by "
                    + "two hexadecimal digits (write %25 for a % itself).");
        }
    }

    /** What is wrong with a request body's shape, or null when it is a GraphQL request. */
    private static String envelope(JsonNode request) {
        if (request == null || !request.isObject()) {
            return "The request body must be a JSON object: {\"query\": \"...\", \"variables\": {...}, "
                    + "\"operationName\": \"...\"}; got " + kind(request) + ".";
        }
        var query = request.get("query");
        if (query == null || query.isNull()) {
            return "query is missing: send the GraphQL document as the query field.";
        }
        if (!query.isTextual()) {
            return "query must be a string holding the GraphQL document; got " + kind(query) + ".";
        }
        if (query.asText().isBlank()) {
            return "query is empty: send the GraphQL document as the query field.";
        }
        var operationName = request.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            return "operationName must be a string or null; got " + kind(operationName) + ".";
        }
        var variables = objectOrNull("variables", request.get("variables"), " a JSON object");
        return variables != null ? variables : objectOrNull("extensions", request.get("extensions"), " a JSON object");
    }

    private static String objectOrNull(String name, JsonNode value, String expected) {
        if (value == null || value.isNull() || value.isObject()) {
            return null;
        }
        return name + " must be" + expected + " or null; got " + kind(value) + ".";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL -> "null";
            case OBJECT -> "an object";
            default -> "something else";
        };
    }

    private static String unreadable(String what, IOException e) {
        if (e instanceof StreamConstraintsException) {
            return what + " is nested more than " + MAX_NESTING + " levels deep.";
        }
        var at = e instanceof JsonProcessingException parse && parse.getLocation() != null
                ? " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")"
                : "";
        return what + " is not valid JSON" + at + ".";
    }

    /**
     * A 400 with a GraphQL error body, as GraphQL over HTTP answers a request it cannot
     * take, in the media type SmallRye would have answered with. A client whose Accept
     * header rules out both JSON types goes on to SmallRye, which answers 406.
     */
    private void badRequest(RoutingContext ctx, String message) {
        var type = responseType(ctx);
        if (type == null) {
            ctx.next();
            return;
        }
        Log.debugf("400 on %s: %s", PATH, message);
        var error = Map.of("message", message, "extensions", Map.of("code", "bad-request"));
        try {
            ctx.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                    .end(json.writeValueAsString(Map.of("errors", List.of(error))));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /**
     * The media type of the answer: the first acceptable JSON type, and application/json for
     * any or none, as GraphQL over HTTP recommends; null when the client accepts neither.
     */
    private static String responseType(RoutingContext ctx) {
        var accepted = ctx.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (var header : accepted) {
            var value = header.rawValue().toLowerCase(Locale.ROOT);
            if (value.startsWith(JSON) || value.startsWith("*/*")) {
                return JSON;
            }
            if (value.startsWith(GRAPHQL_RESPONSE) || value.startsWith(GRAPHQL_JSON)) {
                return GRAPHQL_RESPONSE;
            }
        }
        return null;
    }

    /**
     * Just before SmallRye's answer goes out: served as application/json when the client
     * accepts anything (SmallRye would answer graphql-response+json), with 405 for a mutation
     * by GET, and with a 4xx or 5xx for an answer with no data when it is graphql-response+json.
     * As application/json such answers stay 200, as GraphQL over HTTP asks of that type.
     */
    private static Integer status(RoutingContext ctx, String wanted) {
        var response = ctx.response();
        var type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type == null || response.getStatusCode() != 200) {
            return response.getStatusCode();
        }
        var lower = type.toLowerCase(Locale.ROOT);
        boolean graphqlResponse = lower.startsWith(GRAPHQL_RESPONSE) || lower.startsWith(GRAPHQL_JSON);
        if (graphqlResponse && JSON.equals(wanted)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, JSON + "; charset=utf-8");
            graphqlResponse = false;
        }
        Integer status = null;
        if (Boolean.TRUE.equals(ctx.get(GraphQLOverHttp.MUTATION_BY_GET))) {
            response.putHeader(HttpHeaders.ALLOW, "POST");
            status = 405;
        } else if (graphqlResponse && ctx.get(GraphQLOverHttp.ERROR_STATUS) instanceof Integer error) {
            status = error;
        } else if (graphqlResponse && ctx.get(GraphQLOverHttp.STARTED) == null) {
            // SmallRye refused the document before graphql-java saw it: it does not parse.
            status = 400;
        }
        if (status != null) {
            response.setStatusCode(status).setStatusMessage(HttpResponseStatus.valueOf(status).reasonPhrase());
            return status;
        }
        return 200;
    }

    /**
     * Just before an answer SmallRye wrote goes out: its status ({@link #status}); the query sent
     * with its hash registered, if it ran (it parsed, validated and kept within the limits, and was
     * not a mutation by GET); and a successful public GET answer made cacheable, with its ETag,
     * Cache-Control and Surrogate-Key, and kept in memory for the next identical GET; a public
     * POST answer kept in memory only, for the next identical body.
     */
    private void answered(RoutingContext ctx, String wanted) {
        if (ctx.get(ANSWERED) != null) {
            return;
        }
        int status = status(ctx, wanted);
        boolean ran = status == 200 && ctx.get(GraphQLOverHttp.STARTED) != null
                && ctx.get(GraphQLOverHttp.ERROR_STATUS) == null;
        if (ran && ctx.get(REGISTRATION) instanceof Registration registration) {
            persisted.register(registration.hash(), registration.query());
        }
        var request = ctx.request();
        var headers = ctx.response().headers();
        if (ran && !request.headers().contains(HttpHeaders.AUTHORIZATION)
                && ctx.get(AnswerKeys.Answer.KEY) instanceof AnswerKeys.Answer answer && sends(ctx, answer.identity())) {
            var type = headers.get(HttpHeaders.CONTENT_TYPE);
            if (request.method().equals(HttpMethod.GET)) {
                publicAnswers.complete(ctx, type, answer.identity(), answer.surrogateKeys());
            } else {
                publicAnswers.offerToMemory(ctx, type, answer.identity(), answer.surrogateKeys());
            }
        }
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            // Anything else (a POST, kept in this instance's memory at most; errors, an answer no key names, a reader's own) no cache may keep:
            // no change event would ever drop it.
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Whether the body going out is the one computed from the result, as far as its length tells. */
    private static boolean sends(RoutingContext ctx, byte[] identity) {
        var length = ctx.response().headers().get(HttpHeaders.CONTENT_LENGTH);
        return length == null || length.equals(Integer.toString(identity.length));
    }
}
