package dev.masthead.web.limits;

import dev.masthead.web.problem.ProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over the limit with a 413 problem. A declared length over it is
 * refused before a byte of the body is read. A chunked body is read here, up to the limit,
 * and refused as soon as it passes it; Quarkus REST and GraphQL then
 * take it as read. Left to them, such a body got an empty 413, and in REST a logged server
 * error besides. Forms are left to Quarkus REST, which parses them from the stream itself and
 * raises its own 413, which ProblemMapper answers as the same problem.
 * Any other 413 a route raises (Vert.x's body handler) is answered as the same problem.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final ProblemWriter problems;
    private final BodyHandler reader;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ProblemWriter problems) {
        this.limit = limit.asLongValue();
        this.problems = problems;
        this.reader = BodyHandler.create(false).setBodyLimit(this.limit).setMergeFormAttributes(false);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            var declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared)) {
                refuse(ctx);
                return;
            }
            if (declared == null && hasUndeclaredBody(ctx.request()) && !isForm(ctx.request())) {
                reader.handle(ctx);
                return;
            }
            ctx.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx);
                return;
            }
            ctx.next();
        });
    }

    private void refuse(RoutingContext ctx) {
        // The rest of the body is not worth reading.
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(ctx, 413, "payload-too-large", "Payload too large",
                "Request bodies may be at most " + limit + " bytes.");
    }

    /**
     * A chunked HTTP/1.1 body. HTTP/2 declares no transfer coding, and reading its streams here
     * trips Quarkus REST, which reads them again; an HTTP/2 body without a length past the
     * limit still gets Quarkus's empty 413.
     */
    private static boolean hasUndeclaredBody(HttpServerRequest request) {
        var coding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return request.version() != HttpVersion.HTTP_2 && coding != null
                && coding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isForm(HttpServerRequest request) {
        var type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        var lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
