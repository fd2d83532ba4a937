package dev.masthead.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers with a problem from a Vert.x route, for the checks that run before a request
 * reaches the REST or GraphQL layer (body size, GraphQL method rules). Everything after
 * that goes through {@link ProblemMapper}.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the exchange with the problem; the caller adds any headers to the response first. */
    public void send(RoutingContext ctx, int status, String type, String title, String detail) {
        var problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, ctx.request().path(), null, null);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    // Sent as it is, like the problems Quarkus REST writes: a few hundred bytes gain
                    // nothing from gzip, and so no problem varies by Accept-Encoding.
                    .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
