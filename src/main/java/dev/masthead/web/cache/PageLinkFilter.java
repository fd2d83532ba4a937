package dev.masthead.web.cache;

import dev.masthead.web.PublicUrls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the RFC 8288 {@code Link: <...>; rel="next"} header to every page that has a next one,
 * at the configured public address: the same query with the next cursor.
 */
public class PageLinkFilter {

    private final PublicUrls urls;

    public PageLinkFilter(PublicUrls urls) {
        this.urls = urls;
    }

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ListBody paged && paged.nextCursor() != null) {
            var requested = request.getUriInfo().getRequestUri();
            var next = UriBuilder.fromUri(urls.of(requested.getRawPath(), requested.getRawQuery()))
                    .replaceQueryParam(paged.cursorParameter(), paged.nextCursor()).build();
            response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
    }
}
