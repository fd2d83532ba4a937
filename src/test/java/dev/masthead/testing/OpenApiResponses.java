package dev.masthead.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks an HTTP exchange against an OpenAPI 3.1 document: that the operation declares the
 * status code, that the Content-Type is one it declares, that documented headers are there
 * when required and match their schemas, and that the body matches the response schema
 * (JSON Schema 2020-12 with the OpenAPI 3.1 dialect; an XML body, which no JSON Schema
 * describes, must be well-formed XML). What the document does not describe
 * is held to the API's own rules: an unknown path under /api/ must answer a 404 problem, a
 * method a path does not offer a 405 problem with Allow. Paths outside /api/ (health,
 * metrics, GraphQL) and CORS preflights are not the document's business and pass.
 */
public final class OpenApiResponses {

    /** One request and the response it got. Header names are matched case-insensitively. */
    public record Exchange(String method, String path, int status, String contentType,
            Function<String, String> header, String body) {

        String describe() {
            return method + " " + path + " -> " + status;
        }
    }

    /** The IRI the committed document is registered under, so that schemas can point into it. */
    private static final String DOCUMENT_IRI = "https://masthead.dev/openapi.yaml";
    private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";

    private record Route(String template, Pattern pattern, int variables, JsonNode item) {
    }

    /** A node of the document and the JSON Pointer it sits at, after following any $ref. */
    private record Located(JsonNode node, String pointer) {
    }

    private final JsonNode document;
    private final List<Route> routes;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private OpenApiResponses(String yaml) {
        try {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var found = new ArrayList<Route>();
        document.path("paths").properties().forEach(p -> found.add(route(p.getKey(), p.getValue())));
        // A literal segment beats a path variable: /a/latest before /a/{slug}.
        found.sort(Comparator.comparingInt(Route::variables));
        this.routes = List.copyOf(found);
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, yaml)));
    }

    public static OpenApiResponses load(Path file) {
        try {
            return new OpenApiResponses(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the exchange, one line per violation; empty when it keeps the contract. */
    public List<String> violations(Exchange exchange) {
        var route = routes.stream().filter(r -> r.pattern().matcher(exchange.path()).matches()).findFirst();
        if (route.isEmpty()) {
            return exchange.path().startsWith("/api/") ? undocumented(exchange, 404, "the path is not in the document")
                    : List.of();
        }
        var method = exchange.method().toLowerCase(Locale.ROOT);
        var operationMethod = method;
        var operation = route.get().item().get(method);
        if (operation == null && method.equals("head")) {
            // HEAD is GET without the body (RFC 9110); the document lists GET.
            operationMethod = "get";
            operation = route.get().item().get("get");
        }
        if (operation == null) {
            // A preflight is the CORS layer's answer, not an API operation.
            return method.equals("options") ? List.of()
                    : undocumented(exchange, 405, "the path does not offer " + exchange.method());
        }
        var responses = operation.path("responses");
        var code = Integer.toString(exchange.status());
        var key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(exchange.describe() + ": status " + code + " is not declared for "
                    + operationMethod.toUpperCase(Locale.ROOT) + " " + route.get().template() + " (declared: " + String.join(", ", names(responses)) + ")");
        }
        var response = resolve(new Located(responses.get(key),
                "/paths/" + escape(route.get().template()) + "/" + operationMethod + "/responses/" + escape(key)));
        var violations = new ArrayList<String>();
        headers(exchange, response, violations);
        body(exchange, response, method.equals("head"), violations);
        return violations;
    }

    private List<String> undocumented(Exchange exchange, int expected, String why) {
        var violations = new ArrayList<String>();
        if (expected == 405 && exchange.status() == 403 && exchange.body() != null
                && exchange.body().contains("/problems/cors-method-not-allowed")) {
            // A browser's cross-origin request is judged by the CORS layer before any route is:
            // a method it does not let through is its 403 problem, whatever the path offers.
            problemBody(exchange, violations);
            return violations;
        }
        if (exchange.status() != expected) {
            violations.add(exchange.describe() + ": " + why + ", so it must answer " + expected);
            return violations;
        }
        if (expected == 405 && exchange.header().apply("Allow") == null) {
            violations.add(exchange.describe() + ": a 405 must carry Allow");
        }
        problemBody(exchange, violations);
        return violations;
    }

    private void problemBody(Exchange exchange, List<String> violations) {
        if (!"application/problem+json".equals(mediaType(exchange.contentType()))) {
            violations.add(exchange.describe() + ": Content-Type " + exchange.contentType()
                    + ", expected application/problem+json");
            return;
        }
        validate(exchange, PROBLEM_SCHEMA, exchange.body(), violations);
    }

    private void headers(Exchange exchange, Located response, List<String> violations) {
        response.node().path("headers").properties().forEach(entry -> {
            var name = entry.getKey();
            var header = resolve(new Located(entry.getValue(), response.pointer() + "/headers/" + escape(name)));
            var value = exchange.header().apply(name);
            if (value == null) {
                if (header.node().path("required").asBoolean(false)) {
                    violations.add(exchange.describe() + ": required header " + name + " is missing");
                }
                return;
            }
            if (header.node().has("schema")) {
                var schema = resolve(new Located(header.node().get("schema"), header.pointer() + "/schema"));
                validate(exchange, schema.pointer(), headerAsJson(value, schema.node()), violations, "header " + name);
            }
        });
    }

    private void body(Exchange exchange, Located response, boolean head, List<String> violations) {
        var content = response.node().path("content");
        var body = exchange.body() == null ? "" : exchange.body();
        if (content.isEmpty()) {
            if (!head && !body.isEmpty()) {
                violations.add(exchange.describe() + ": the document declares no body, got " + body.length()
                        + " characters");
            }
            return;
        }
        if (head) {
            return;
        }
        var media = mediaType(exchange.contentType());
        var key = names(content).stream().filter(k -> k.equalsIgnoreCase(media)).findFirst()
                .or(() -> names(content).stream().filter(k -> k.endsWith("/*") && media != null
                        && media.startsWith(k.substring(0, k.length() - 1))).findFirst())
                .or(() -> names(content).stream().filter("*/*"::equals).findFirst());
        if (key.isEmpty()) {
            violations.add(exchange.describe() + ": Content-Type " + exchange.contentType()
                    + " is not declared (declared: " + String.join(", ", names(content)) + ")");
            return;
        }
        if (!content.path(key.get()).has("schema")) {
            // An XML body documented without a schema (a sitemap) is still held to being well-formed.
            if (media != null && media.endsWith("xml") && !body.isEmpty()) {
                wellFormedXml(exchange, body, violations);
            }
            return;
        }
        if (body.isEmpty()) {
            violations.add(exchange.describe() + ": the document declares a body, got none");
            return;
        }
        if (media != null && !isJson(media)) {
            // A JSON Schema describes JSON only; an XML body (a feed) is held to being well-formed
            // XML, and its tests parse it with a real reader of its format.
            if (media.endsWith("xml")) {
                wellFormedXml(exchange, body, violations);
            }
            return;
        }
        validate(exchange, response.pointer() + "/content/" + escape(key.get()) + "/schema", body, violations);
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static void wellFormedXml(Exchange exchange, String body, List<String> violations) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(body)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            violations.add(exchange.describe() + ": body is not well-formed XML: " + e.getMessage());
        }
    }

    private void validate(Exchange exchange, String pointer, String json, List<String> violations) {
        validate(exchange, pointer, json, violations, "body");
    }

    private void validate(Exchange exchange, String pointer, String json, List<String> violations, String what) {
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema(pointer).validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            violations.add(exchange.describe() + ": " + what + " is not JSON: " + e.getMessage());
            return;
        }
        errors.forEach(error -> violations.add(exchange.describe() + ": " + what + " " + error.getInstanceLocation()
                + ": " + error.getMessage() + " (openapi.yaml#" + pointer + ")"));
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(
                SchemaLocation.of(DOCUMENT_IRI + "#" + URLEncoder.encode(p, StandardCharsets.UTF_8)
                        .replace("%2F", "/").replace("%7E", "~"))));
    }

    /** Header values are text; a header declared as a number is checked as the number it spells. */
    private String headerAsJson(String value, JsonNode schema) {
        var type = schema.path("type");
        boolean numeric = type.asText().equals("integer") || type.asText().equals("number");
        if (numeric && value.strip().matches("-?\\d+(\\.\\d+)?")) {
            return value.strip();
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Located resolve(Located located) {
        var ref = located.node().path("$ref").asText("");
        return ref.startsWith("#/") ? resolve(new Located(document.at(ref.substring(1)), ref.substring(1))) : located;
    }

    private static Route route(String template, JsonNode item) {
        var regex = new StringBuilder();
        int variables = 0;
        for (var part : template.split("(?=\\{)|(?<=\\})")) {
            if (part.startsWith("{")) {
                regex.append("[^/]+");
                variables++;
            } else {
                regex.append(Pattern.quote(part));
            }
        }
        return new Route(template, Pattern.compile(regex.toString()), variables, item);
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** RFC 6901: a key as one JSON Pointer segment. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
