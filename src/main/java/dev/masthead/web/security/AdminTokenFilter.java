package dev.masthead.web.security;

import dev.masthead.support.Sha256;
import dev.masthead.web.problem.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards /api/v1/admin/ with one Bearer token from the configuration, compared in constant
 * time. It stands in until the admin API brings scoped API tokens.
 */
public class AdminTokenFilter {

    static final String ADMIN_PATH = "/api/v1/admin/";

    private final byte[] expected;

    public AdminTokenFilter(AdminConfig config) {
        this.expected = config.token().filter(t -> !t.isBlank()).map(AdminTokenFilter::digest).orElse(null);
    }

    @ServerRequestFilter(preMatching = true)
    public void requireToken(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(ADMIN_PATH)) {
            return;
        }
        if (expected == null) {
            throw new UnauthorizedException("Admin requests are switched off: no admin token is configured (MASTHEAD_ADMIN_TOKEN).");
        }
        var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("Send the admin token as Authorization: Bearer <token>.");
        }
        if (!MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            throw new UnauthorizedException("The admin token is not valid.");
        }
    }

    private static byte[] digest(String token) {
        return Sha256.of(token);
    }
}
