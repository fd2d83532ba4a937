package dev.masthead.web.limits;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * The address of the client behind the current request, for the doors (REST and GraphQL)
 * to hand to services as a plain value. Behind a proxy it is the forwarded address only
 * when Quarkus is told to trust the proxy ({@code quarkus.http.proxy.*}); otherwise it is
 * the proxy's.
 */
@RequestScoped
public class ClientAddress {

    private final HttpServerRequest request;

    public ClientAddress(HttpServerRequest request) {
        this.request = request;
    }

    /** The client's IP address as text. */
    public String ip() {
        var remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
