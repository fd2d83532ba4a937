package dev.masthead.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.masthead.database.DatabaseBusy;
import dev.masthead.web.PublicUrls;
import dev.masthead.web.limits.RateLimitedException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem answers. Details say what to do;
 * they never carry class names, SQL or stack traces.
 */
public class ProblemMapper {

    private final PublicUrls urls;

    public ProblemMapper(PublicUrls urls) {
        this.urls = urls;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        Log.debugf("%d %s on %s: %s", e.status(), e.type(), uri.getPath(), e.getMessage());
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors(), null);
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        Log.debugf("429 %s on %s", e.policy().name(), uri.getPath());
        var response = problem(429, e.type(), e.title(), e.getMessage(), uri, null, null);
        return Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .header("RateLimit-Policy", e.policy().header())
                .header("RateLimit", "\"" + e.policy().name() + "\";r=0;t=" + e.retryAfterSeconds())
                .build();
    }

    /** Logged at WARN where the busy database was recognised; a 503 is load, not a fault. */
    @ServerExceptionMapper
    public Response serviceBusy(ServiceBusyException e, UriInfo uri) {
        var response = problem(503, e.type(), e.title(), e.getMessage(), uri, null, null);
        return Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, ServiceBusyException.RETRY_AFTER_SECONDS)
                // A passing overload: no cache or CDN may keep serving it.
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        Log.debugf("401 on %s", uri.getPath());
        var response = problem(401, e.type(), e.title(), e.getMessage(), uri, null, null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** No token on an operation that needs one (Quarkus Security's check of {@code @RolesAllowed}). */
    @ServerExceptionMapper
    public Response anonymous(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthorized(new UnauthorizedException(
                "This operation needs an API token; send it as Authorization: Bearer <token>."), uri);
    }

    /** A Bearer token that is unknown, malformed, expired or revoked. */
    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(new UnauthorizedException(
                "The API token is unknown, expired or revoked; create one at POST /api/v1/admin/tokens."), uri);
    }

    /** A valid token without the scope the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, ResourceInfo resource) {
        Log.debugf("403 on %s", uri.getPath());
        var allowed = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && resource != null && resource.getResourceClass() != null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        var needs = allowed == null ? "the scope this operation needs"
                : (allowed.value().length == 1 ? "the scope " : "one of the scopes ") + String.join(", ", allowed.value());
        return problem(403, "forbidden", "Forbidden", "The API token lacks " + needs + ".", uri, null, null);
    }

    /** The same request at the current slug, absolute at the configured public address (never the Host header's). */
    @ServerExceptionMapper
    public Response moved(MovedPermanentlyException e, UriInfo uri) {
        var path = new StringBuilder();
        for (var segment : uri.getRequestUri().getRawPath().substring(1).split("/", -1)) {
            path.append('/').append(segment.equals(e.formerSlug()) ? e.currentSlug() : segment);
        }
        var location = urls.of(path.toString(), uri.getRequestUri().getRawQuery());
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(location).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        var detail = errors.stream().map(f -> f.field() + " " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid") + ".";
        Log.debugf("400 validation on %s: %s", uri.getPath(), detail);
        return problem(400, "invalid-parameter", "Invalid parameter", detail, uri, errors, null);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Log.debugf("400 unreadable body on %s", uri.getPath());
        var field = BodyFieldErrors.field(e);
        if (field != null) {
            var message = BodyFieldErrors.message(e);
            return problem(400, "malformed-body", "Malformed body", "The request body is not valid JSON of the "
                    + "expected shape: " + field + " " + message + ".", uri,
                    List.of(new Problem.FieldError(field, message)), null);
        }
        return problem(400, "malformed-body", "Malformed body",
                "The request body is not valid JSON of the expected shape.", uri, null, null);
    }

    /**
     * JSON of the wrong shape for a field (a string where a list goes, a date that is none):
     * the problem names the field. Quarkus REST ships its own, bodiless mapper for this
     * subtype; ours must name it to win.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        var field = BodyFieldErrors.field(e);
        if (field == null) {
            return unreadableJson(e, uri);
        }
        var message = "must be " + expected(e.getTargetType());
        Log.debugf("400 unreadable body on %s: %s", uri.getPath(), field);
        return problem(400, "malformed-body", "Malformed body",
                "The request body is not of the expected shape: " + field + " " + message + ".", uri,
                List.of(new Problem.FieldError(field, message)), null);
    }

    /** A field the body does not have, in a body read strictly (web/json/StrictJson): a typo must not pass unseen. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        var field = BodyFieldErrors.field(e);
        var known = e.getKnownPropertyIds() == null ? List.<String>of()
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        return domain(new InvalidParameterException(field == null ? "request" : field, known.isEmpty()
                ? "is not a field of this body" : "is not a field of this body, which takes " + String.join(", ", known)),
                uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Not found",
                "There is nothing at " + uri.getPath() + ". The API lives under /api/v1; see /q/openapi.",
                uri, null, null);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        var allowed = String.join(", ", Routes.allowedMethods(uri.getPath()));
        var response = problem(405, "method-not-allowed", "Method not allowed",
                "This resource answers only " + allowed + ".", uri, null, null);
        return Response.fromResponse(response).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(406, "not-acceptable", "Not acceptable",
                "This resource answers only application/json; ask for it in the Accept header.", uri, null, null);
    }

    /**
     * A body of a type the endpoint does not take, or one sent without a Content-Type: the
     * cross-site "simple requests" a browser sends without asking first. The answer names
     * what the endpoint takes, in the detail and in Accept-Post.
     */
    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri, HttpHeaders headers, Request request) {
        var accepted = Routes.acceptedMediaTypes(uri.getPath(), request.getMethod());
        if (accepted.isEmpty()) {
            accepted = Set.of(MediaType.APPLICATION_JSON);
        }
        var sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        var got = sent == null || sent.isBlank() ? "no Content-Type" : "Content-Type " + shorten(sent.strip());
        var detail = accepted.size() == 1
                ? "This endpoint takes only " + accepted.iterator().next() + " bodies; send the body with Content-Type: "
                        + accepted.iterator().next() + " (got " + got + ")."
                : "This endpoint takes " + String.join(", ", accepted) + " bodies, each with its Content-Type (got "
                        + got + ").";
        Log.debugf("415 on %s: %s", uri.getPath(), got);
        var response = problem(415, "unsupported-media-type", "Unsupported media type", detail, uri, null, null);
        return Response.fromResponse(response).header("Accept-Post", String.join(", ", accepted)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps a body it cannot parse; the client needs to hear it was the body.
            return unreadableJson(json, uri);
        }
        if (status == 413) {
            // A chunked form past the body limit: Quarkus REST reads forms itself (web/limits/BodyLimit).
            Log.debugf("413 on %s", uri.getPath());
            return problem(413, "payload-too-large", "Payload too large", "Request bodies may be at most "
                    + ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                            .asLongValue() + " bytes.", uri, null, null);
        }
        var reason = Response.Status.fromStatusCode(status);
        var title = reason == null ? "Bad request" : reason.getReasonPhrase();
        Log.debugf("%d on %s: %s", status, uri.getPath(), e.getMessage());
        return problem(status, "http-" + status, title,
                status == 400 ? "The request could not be understood; check its parameters and body."
                        : title + ".", uri, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Writes are not public reads, so a busy database reaches them as whatever wrapped it.
        var busy = DatabaseBusy.in(e);
        if (busy.isPresent()) {
            Log.warnf("503 on %s: %s", uri.getPath(), busy.get().cause());
            return serviceBusy(new ServiceBusyException(busy.get()), uri);
        }
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                // Checked before writing, so only a change made at the same moment gets here.
                Log.debugf("409 on %s: a concurrent change collided: %s", uri.getPath(), cause.getMessage());
                return problem(409, "conflict", "Conflict", "A change made at the same moment collides with this one "
                        + "(the same slug, or something it refers to was removed); GET what you change and try again.",
                        uri, null, null);
            }
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                // Two saves from one version: the database let one through; this is the other.
                Log.debugf("412 on %s: a concurrent save won", uri.getPath());
                return problem(412, "precondition-failed", "Precondition failed", "The resource changed while this "
                        + "change was being saved; GET it again and send the new ETag.", uri, null, null);
            }
        }
        var errorId = UUID.randomUUID().toString();
        Log.errorf(e, "500 on %s, errorId %s", uri.getPath(), errorId);
        return problem(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote errorId " + errorId + " when you report it.",
                uri, null, errorId);
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors, String errorId) {
        var body = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getPath(),
                errors == null || errors.isEmpty() ? null : errors, errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** What a field of this Java type looks like in JSON, in the client's words. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date-time with an offset, such as 2026-12-31T23:59:59Z";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }

    /** The name the client used: the query parameter or JSON property, not the Java method path. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }
}
