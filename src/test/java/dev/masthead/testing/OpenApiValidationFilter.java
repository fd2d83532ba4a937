package dev.masthead.testing;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Holds every response the suite receives to the committed contract, openapi/openapi.yaml:
 * a response the document does not describe fails the test that received it. Installed
 * for every test by {@link OpenApiValidationCallback}; a gap it finds is closed in the
 * document (the resources' annotations), never by loosening this filter.
 */
public final class OpenApiValidationFilter implements OrderedFilter {

    /** The committed document, which the build regenerates and OpenApiContractTest keeps equal to the code. */
    static final Path DOCUMENT = Path.of("openapi/openapi.yaml");

    private static volatile OpenApiResponses contract;

    /** Adds the filter to REST Assured's global filters unless it is there already. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(OpenApiValidationFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiValidationFilter());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        var response = context.next(request, responseSpec);
        var exchange = new OpenApiResponses.Exchange(request.getMethod(), pathOf(request.getURI()),
                response.statusCode(), response.contentType(), response::header, body(response));
        var violations = contract().violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The response breaks openapi/openapi.yaml:\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    /** Runs last among filters, next to the wire, so it sees the response as the server sent it. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    /** The body as text; a test that switched REST Assured's decoding off still gets its gzip checked. */
    private static String body(Response response) {
        var bytes = response.asByteArray();
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b
                && "gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static OpenApiResponses contract() {
        if (contract == null) {
            contract = OpenApiResponses.load(DOCUMENT);
        }
        return contract;
    }

    /** The raw path of a request URI, as sent; tests send paths no URI parser accepts (spaces, quotes). */
    static String pathOf(String uri) {
        var rest = uri.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        var query = rest.indexOf('?');
        var path = query < 0 ? rest : rest.substring(0, query);
        var fragment = path.indexOf('#');
        return fragment < 0 ? path : path.substring(0, fragment);
    }
}
