package dev.masthead.web.limits;

import dev.masthead.web.problem.ProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over the limit with a 413 problem before a
 * byte of it is read. Quarkus would refuse it too, but with an empty body; clients get a
 * problem they can act on. Bodies without a declared length are still cut off by Quarkus
 * at the same limit.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final ProblemWriter problems;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ProblemWriter problems) {
        this.limit = limit.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            var declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared)) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.send(ctx, 413, "payload-too-large", "Payload too large",
                        "Request bodies may be at most " + limit + " bytes.");
                return;
            }
            ctx.next();
        });
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
