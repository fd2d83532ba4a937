package dev.masthead.web.media;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body sent without a Content-Type with 415. Quarkus REST would read it as the
 * endpoint's type, so a cross-site form or fetch that a browser sends without a CORS
 * preflight (no Content-Type is a "simple" request) would reach JSON endpoints.
 * Declared types other than the endpoint's are refused by Quarkus REST itself; both end
 * in the problem mapper, which names what is taken.
 */
public class ContentTypeRequired {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public void require(ContainerRequestContext request, ResourceInfo resource) {
        if (!BODY_METHODS.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            return;
        }
        var method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(Consumes.class) || resource.getResourceClass().isAnnotationPresent(Consumes.class)) {
            throw new NotSupportedException();
        }
    }
}
