package dev.masthead.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The API token scheme, and on every operation under /api/v1/admin the two answers Quarkus
 * Security gives before the operation runs: 401 (no, or a bad, token) and 403 (a token
 * without the scope). The scopes an operation needs are its security requirement's roles.
 */
@OpenApiFilter
public class AdminSecurity implements OASFilter {

    static final String SCHEME = "apiToken";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token (mh_<id>_<secret>) from POST /api/v1/admin/tokens, or the bootstrap token "
                        + "MASTHEAD_ADMIN_TOKEN, which holds every scope. Each operation names the scopes that admit it."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/admin/")) {
                return;
            }
            for (Map.Entry<?, Operation> entry : item.getOperations().entrySet()) {
                var responses = entry.getValue().getResponses();
                if (responses.getAPIResponse("401") == null) {
                    responses.addAPIResponse("401", problem("No API token, or one that is unknown, expired or revoked; "
                            + "WWW-Authenticate: Bearer."));
                }
                if (responses.getAPIResponse("403") == null) {
                    responses.addAPIResponse("403", problem("The API token lacks the scope this operation needs; the "
                            + "problem names it. A browser on an origin CORS does not allow is refused with a 403 too."));
                }
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(ApiDocs.PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

}
