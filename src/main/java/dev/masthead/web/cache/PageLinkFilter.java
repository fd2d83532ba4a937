package dev.masthead.web.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the RFC 8288 {@code Link: <...>; rel="next"} header to every page that has a next one. */
public class PageLinkFilter {

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ListBody paged && paged.nextCursor() != null) {
            UriInfo uri = request.getUriInfo();
            var next = uri.getRequestUriBuilder().replaceQueryParam("cursor", paged.nextCursor()).build();
            response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
    }
}
