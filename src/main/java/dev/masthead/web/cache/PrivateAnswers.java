package dev.masthead.web.cache;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets a door say that the answer it is building is for one reader only (a preview of an
 * unpublished article), or that it depends on the Authorization header. Either door may say
 * so, REST or GraphQL, at any point before the answer goes out, and whatever the answer turns
 * out to be (a problem too). {@link RepresentationHeaders} then completes the headers just
 * before they are sent: a private answer is {@code Cache-Control: private, no-store} with no
 * ETag and no Surrogate-Key, so neither a CDN nor a browser keeps or reuses it;
 * {@link HttpCaching} leaves it alone.
 */
@ApplicationScoped
public class PrivateAnswers {

    private static final String PRIVATE = PrivateAnswers.class.getName() + ".private";
    private static final String VARY_AUTHORIZATION = PrivateAnswers.class.getName() + ".varyAuthorization";

    private final CurrentVertxRequest request;

    public PrivateAnswers(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The current answer is for this reader only: never stored, never purged by key. */
    public void markPrivate() {
        var ctx = request.getCurrent();
        ctx.put(PRIVATE, Boolean.TRUE);
        ctx.put(VARY_AUTHORIZATION, Boolean.TRUE);
    }

    /** The current answer depends on the Authorization header: a shared cache must key on it. */
    public void varyByAuthorization() {
        request.getCurrent().put(VARY_AUTHORIZATION, Boolean.TRUE);
    }

    static void varyByAuthorization(RoutingContext ctx) {
        ctx.put(VARY_AUTHORIZATION, Boolean.TRUE);
    }

    /** Whether the current answer is private. */
    boolean isPrivate() {
        return isPrivate(request.getCurrent());
    }

    static boolean isPrivate(RoutingContext ctx) {
        return ctx != null && ctx.get(PRIVATE) != null;
    }

    static boolean variesByAuthorization(RoutingContext ctx) {
        return ctx != null && ctx.get(VARY_AUTHORIZATION) != null;
    }
}
