package dev.masthead.web.limits;

import dev.masthead.web.cache.HttpConfig;
import dev.masthead.web.problem.ProblemWriter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request whose URI is too long (414) or whose header fields are too large (431)
 * with a problem. Vert.x refuses such requests itself, in its HTTP decoder, with an empty
 * answer that no route (so no security header) ever sees, and Quarkus offers no hook for
 * them. So the decoder's limits (quarkus.http.limits.max-initial-line-length and
 * max-header-size) are set well above Masthead's (masthead.http.max-uri-length and
 * max-header-size), and this route enforces Masthead's; only requests past the decoder's
 * still get its bare answer.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** ": " between name and value, CRLF after it, as the header field is sent. */
    private static final int FIELD_OVERHEAD = 4;

    private final int maxUriLength;
    private final long maxHeaderSize;
    private final ProblemWriter problems;

    public RequestHeadLimits(HttpConfig config, ProblemWriter problems) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        var request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            problems.send(ctx, 414, "uri-too-long", "URI too long",
                    "Request URIs (path and query) may be at most " + maxUriLength + " characters long; this one has "
                            + request.uri().length() + ". Send long GraphQL queries by POST.");
            return;
        }
        long size = 0;
        for (var field : request.headers()) {
            size += field.getKey().length() + field.getValue().length() + FIELD_OVERHEAD;
        }
        if (size > maxHeaderSize) {
            problems.send(ctx, 431, "header-fields-too-large", "Request header fields too large",
                    "The request's header fields may take at most " + maxHeaderSize + " bytes together; these take "
                            + size + ".");
            return;
        }
        ctx.next();
    }
}
