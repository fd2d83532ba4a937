package dev.masthead.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address of the client behind the current request, for REST and GraphQL alike. Behind
 * a proxy it is the forwarded address only when Quarkus is told to trust the proxy
 * ({@code quarkus.http.proxy.*}); otherwise it is the proxy's.
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

    /**
     * The key rate limits count a client by: its IPv4 address, or the /64 network of an IPv6
     * address, since one IPv6 subscriber is handed a whole /64.
     */
    public String network() {
        var ip = ip();
        if (ip.indexOf(':') < 0) {
            return ip;
        }
        try {
            var bytes = InetAddress.getByName(ip).getAddress();
            if (bytes.length != 16) {
                return ip;
            }
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return ip;
        }
    }
}
