package dev.masthead.web.problem;

import io.quarkus.vertx.http.ManagementInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a path the management interface does not serve with a 404 problem, as the public
 * port does, instead of Vert.x's HTML page. Last of its routes: health and metrics answer
 * first, and writes under the root are refused by ReadOnlyPaths before this runs.
 */
@ApplicationScoped
public class ManagementNotFound {

    private final ProblemWriter problems;
    private final String root;

    public ManagementNotFound(ProblemWriter problems,
            @ConfigProperty(name = "quarkus.management.root-path", defaultValue = "q") String root) {
        this.problems = problems;
        this.root = "/" + root.replaceAll("^/+|/+$", "") + "/";
    }

    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MAX_VALUE).handler(ctx -> problems.send(ctx, 404, "not-found",
                "Not found", "There is nothing at " + ctx.request().path() + " on the management interface, which serves "
                        + root + "health (live, ready) and " + root + "metrics. The API is on the public port."));
    }
}
