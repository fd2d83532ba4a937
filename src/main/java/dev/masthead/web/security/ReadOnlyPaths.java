package dev.masthead.web.security;

import dev.masthead.web.problem.ProblemWriter;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses anything but GET and HEAD under /q/ (the OpenAPI document, Swagger UI, GraphiQL, and
 * on the management port health and metrics) with a 405 problem. Their handlers answer every
 * method alike, so a POST to /q/openapi answered 200; nothing there takes a write. CORS
 * preflights are answered before this route runs.
 */
@ApplicationScoped
public class ReadOnlyPaths {

    private final ProblemWriter problems;
    private final String publicRoot;
    private final String managementRoot;

    public ReadOnlyPaths(ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String publicRoot,
            @ConfigProperty(name = "quarkus.management.root-path", defaultValue = "q") String managementRoot) {
        this.problems = problems;
        this.publicRoot = prefix(publicRoot);
        this.managementRoot = prefix(managementRoot);
    }

    void onPublicPort(@Observes Router router) {
        router.route(publicRoot + "*").order(-1).handler(ctx -> check(ctx, publicRoot));
    }

    void onManagementPort(@Observes ManagementInterface management) {
        management.router().route(managementRoot + "*").order(Integer.MIN_VALUE)
                .handler(ctx -> check(ctx, managementRoot));
    }

    private void check(RoutingContext ctx, String root) {
        var method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD");
        problems.send(ctx, 405, "method-not-allowed", "Method not allowed",
                "The documentation, health and metrics under " + root + " are read-only: they answer only GET and HEAD.");
    }

    /** "q", "/q" and "/q/" all name the paths under /q/. */
    private static String prefix(String root) {
        var stripped = root.replaceAll("^/+|/+$", "");
        return "/" + stripped + "/";
    }
}
