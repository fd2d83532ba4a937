package dev.masthead.web.openapi;

import dev.masthead.web.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the answers every API operation shares, so resources declare only their own:
 * the 406 problem of every operation that answers with a body, the 413 problem of every
 * operation that takes one, the headers of every 429 problem, the caching headers and the
 * 304 and 412 of every public read (web/cache/HttpCaching), the 503 problem with Retry-After of every
 * operation that answers with a body (a statement timeout or a full pool), and the 403 problem with which the
 * CORS layer refuses a browser on an origin it does not allow. Each is written once under
 * components and referenced.
 */
@OpenApiFilter
public class CommonResponses implements OASFilter {

    private static final String NOT_MODIFIED = "NotModified";
    private static final String NOT_ACCEPTABLE = "NotAcceptable";
    private static final String TOO_LARGE = "PayloadTooLarge";
    private static final String CORS_REFUSED = "CorsRefused";
    private static final String SERVICE_BUSY = "ServiceBusy";
    private static final String PRECONDITION_FAILED = "PreconditionFailed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        declareShared(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                var responses = operation.getResponses();
                if (responses == null) {
                    return;
                }
                if (method == PathItem.HttpMethod.GET && !path.startsWith("/api/v1/admin/")) {
                    cached(responses);
                }
                if (answersWithBody(responses) && !responses.hasAPIResponse("406")) {
                    responses.addAPIResponse("406", shared(NOT_ACCEPTABLE));
                }
                if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
                    responses.addAPIResponse("413", shared(TOO_LARGE));
                }
                // An admin operation's 403 is first the scope's refusal (AdminSecurity), whichever filter runs first.
                if (!responses.hasAPIResponse("403") && !path.startsWith("/api/v1/admin/")) {
                    responses.addAPIResponse("403", shared(CORS_REFUSED));
                }
                if (answersWithBody(responses) && !responses.hasAPIResponse("503")) {
                    responses.addAPIResponse("503", shared(SERVICE_BUSY));
                }
                var tooMany = responses.getAPIResponse("429");
                if (tooMany != null) {
                    tooMany.headers(references("Retry-After", "RateLimit-Policy", "RateLimit"));
                }
            });
        });
    }

    private static void declareShared(Components components) {
        components.addHeader("ETag", header(ApiDocs.ETAG, Schema.SchemaType.STRING));
        components.addHeader("Cache-Control", header(ApiDocs.CACHE_CONTROL, Schema.SchemaType.STRING));
        components.addHeader("Surrogate-Key", header(ApiDocs.SURROGATE_KEY, Schema.SchemaType.STRING));
        components.addHeader("Retry-After", header(ApiDocs.RETRY_AFTER, Schema.SchemaType.INTEGER));
        components.addHeader("RateLimit-Policy", header(ApiDocs.RATE_LIMIT_POLICY, Schema.SchemaType.STRING));
        components.addHeader("RateLimit", header(ApiDocs.RATE_LIMIT, Schema.SchemaType.STRING));
        components.addResponse(NOT_MODIFIED, OASFactory.createAPIResponse().description(ApiDocs.NOT_MODIFIED)
                .headers(references("ETag")));
        components.addResponse(NOT_ACCEPTABLE, problem(ApiDocs.NOT_ACCEPTABLE));
        components.addResponse(TOO_LARGE, problem(ApiDocs.TOO_LARGE));
        components.addResponse(SERVICE_BUSY, problem(ApiDocs.SERVICE_BUSY).headers(references("Retry-After")));
        components.addResponse(PRECONDITION_FAILED, problem(ApiDocs.PRECONDITION_FAILED));
        components.addResponse(CORS_REFUSED, problem(ApiDocs.CORS_REFUSED));
    }

    /** Every successful public read carries a strong ETag and may be answered 304 (HttpCaching). */
    private static void cached(APIResponses responses) {
        var ok = responses.getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        var headers = new LinkedHashMap<String, Header>();
        if (ok.getHeaders() != null) {
            headers.putAll(ok.getHeaders());
        }
        // An operation that documents one of them itself (getArticle: absent on previews) keeps its own.
        references("ETag", "Cache-Control", "Surrogate-Key").forEach(headers::putIfAbsent);
        ok.headers(headers);
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", shared(NOT_MODIFIED));
        }
        if (!responses.hasAPIResponse("412")) {
            responses.addAPIResponse("412", shared(PRECONDITION_FAILED));
        }
    }

    /** A redirect has no body to negotiate, so it cannot be refused for its Accept header. */
    private static boolean answersWithBody(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(r -> r.getKey().startsWith("2") && r.getValue().getContent() != null);
    }

    /** In the order given: the document is committed and drift-tested. */
    private static Map<String, Header> references(String... names) {
        var headers = new LinkedHashMap<String, Header>();
        for (var name : names) {
            headers.put(name, OASFactory.createHeader().ref("#/components/headers/" + name));
        }
        return headers;
    }

    private static APIResponse shared(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }

    /** Every shared header is always sent with the responses that name it. */
    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).required(true)
                .schema(OASFactory.createSchema().addType(type));
    }
}
