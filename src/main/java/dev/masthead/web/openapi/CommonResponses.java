package dev.masthead.web.openapi;

import dev.masthead.web.problem.Problem;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers every API operation shares, so resources declare only their own:
 * the 406 problem of every operation that answers with a body, the 304 and 412 of every
 * read that does, and the headers of every 429 problem.
 */
public class CommonResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                var responses = operation.getResponses();
                if (responses == null) {
                    return;
                }
                if (answersWithBody(responses) && !responses.hasAPIResponse("406")) {
                    responses.addAPIResponse("406", problem(ApiDocs.NOT_ACCEPTABLE));
                }
                if (method == PathItem.HttpMethod.GET && answersWithBody(responses)) {
                    // Every public read is cached by ETag (HttpCaching).
                    responses.addAPIResponse("304", OASFactory.createAPIResponse().description(ApiDocs.NOT_MODIFIED));
                    responses.addAPIResponse("412", problem(ApiDocs.PRECONDITION_FAILED));
                }
                var tooMany = responses.getAPIResponse("429");
                if (tooMany != null) {
                    // In a fixed order: the document is committed and drift-tested.
                    var headers = new LinkedHashMap<String, Header>();
                    headers.put("Retry-After", header(ApiDocs.RETRY_AFTER, Schema.SchemaType.INTEGER));
                    headers.put("RateLimit-Policy", header(ApiDocs.RATE_LIMIT_POLICY, Schema.SchemaType.STRING));
                    headers.put("RateLimit", header(ApiDocs.RATE_LIMIT, Schema.SchemaType.STRING));
                    tooMany.headers(headers);
                }
            });
        });
    }

    /** A redirect has no body to negotiate, so it cannot be refused for its Accept header. */
    private static boolean answersWithBody(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
