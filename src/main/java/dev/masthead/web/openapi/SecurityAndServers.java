package dev.masthead.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Whole-document facts: reads are public (a root {@code security: []}; the admin operations
 * name their own scheme), and the server is Masthead's public base URL, so a deployment's
 * document (/q/openapi) points integrators at the deployment.
 */
@OpenApiFilter
public class SecurityAndServers implements OASFilter {

    /** HttpConfig#publicBaseUrl, by name: the document's only server. */
    static final String PUBLIC_BASE_URL = "masthead.http.public-base-url";
    /** HttpConfig's default, for the build, where the mapping is not there to supply it. */
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setSecurity(new ArrayList<>());
        // Read by name: filters are not beans. At build time (the committed document) the default
        // applies; a running deployment serves its own setting.
        var baseUrl = ConfigProvider.getConfig().getOptionalValue(PUBLIC_BASE_URL, String.class)
                .orElse(DEFAULT_BASE_URL);
        openAPI.setServers(List.of(OASFactory.createServer().url(baseUrl.replaceAll("/+$", ""))
                .description("This deployment (" + PUBLIC_BASE_URL + ")")));
    }
}
