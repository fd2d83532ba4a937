package dev.masthead.web.security;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Security headers on every answer of both ports, errors, 304s and the early refusals of
 * our own Vert.x routes included (which Quarkus's {@code quarkus.http.header.*}, applied by
 * a route of its own, does not reach):
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a JSON body is never sniffed into a page or script;</li>
 * <li>{@code X-Frame-Options: DENY} and {@code Content-Security-Policy: frame-ancestors 'none'}:
 * no other site frames an answer (clickjacking). The policy names nothing else, so Swagger UI and
 * GraphiQL still run their scripts;</li>
 * <li>{@code Referrer-Policy: no-referrer}: links followed from these pages do not carry the
 * API's addresses, tokens in query strings included, to other sites.</li>
 * </ul>
 * A header an answer already sets is left as it is.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    /** Before every other route, so that even the first of them to answer is covered. */
    void onPublicPort(@Observes @Priority(0) Router router) {
        install(router);
    }

    void onManagementPort(@Observes @Priority(0) ManagementInterface management) {
        install(management.router());
    }

    private static void install(Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> complete(ctx.response().headers()));
            ctx.next();
        });
    }

    private static void complete(MultiMap headers) {
        HEADERS.forEach((name, value) -> {
            if (!headers.contains(name)) {
                headers.set(name, value);
            }
        });
    }
}
