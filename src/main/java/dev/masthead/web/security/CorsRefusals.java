package dev.masthead.web.security;

import dev.masthead.web.problem.ProblemWriter;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the requests Quarkus's CORS filter would refuse with a 403 problem instead of its
 * empty 403: a browser on an origin that {@code quarkus.http.cors.origins} does not list,
 * and a listed origin using a method {@code quarkus.http.cors.methods} does not. It runs just
 * before that filter and applies the same rules (the listed origins, /regex/ entries, and
 * the API's own origin); whatever it lets through, Quarkus's filter still checks, so it can
 * only ever refuse earlier, never admit more.
 */
@ApplicationScoped
public class CorsRefusals {

    private static final int ORDER = -SecurityHandlerPriorities.CORS - 1;

    private final boolean enabled;
    private final boolean anyOrigin;
    private final Set<String> origins;
    private final List<Pattern> originPatterns;
    private final Set<String> methods;
    private final ProblemWriter problems;

    public CorsRefusals(ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.problems = problems;
        this.enabled = enabled;
        var listed = origins.orElse(List.of());
        this.anyOrigin = listed.size() == 1 && (listed.get(0).equals("*") || listed.get(0).equals("/.*/"));
        this.origins = Set.copyOf(listed);
        this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.methods = methods.filter(m -> !m.isEmpty() && !(m.size() == 1 && m.get(0).equals("*")))
                .map(m -> m.stream().map(v -> v.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || anyOrigin) {
            ctx.next();
            return;
        }
        var listed = origins.contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns, origin);
        if (!listed && !isSameOrigin(request, origin)) {
            problems.send(ctx, 403, "origin-not-allowed", "Origin not allowed",
                    "Browsers on " + shorten(origin) + " may not call this API. The origins allowed are set with "
                            + "quarkus.http.cors.origins (QUARKUS_HTTP_CORS_ORIGINS).");
            return;
        }
        if (listed && !methods.isEmpty() && !isPreflight(request) && !methods.contains(request.method().name())) {
            problems.send(ctx, 403, "cors-method-not-allowed", "Method not allowed across origins",
                    "Browsers on other origins may send only " + String.join(", ", methods.stream().sorted().toList())
                            + " (quarkus.http.cors.methods).");
            return;
        }
        ctx.next();
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && (request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null
                        || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS) != null);
    }

    /** A request from a page the API serves itself (Swagger UI trying the API out): scheme, host and port alike. */
    private static boolean isSameOrigin(HttpServerRequest request, String origin) {
        try {
            var own = URI.create(request.absoluteURI());
            var other = URI.create(origin);
            return other.getScheme() != null && other.getScheme().equals(own.getScheme())
                    && other.getHost() != null && other.getHost().equals(own.getHost())
                    && (other.getRawPath() == null || other.getRawPath().isEmpty())
                    && port(other) == port(own);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static String shorten(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
