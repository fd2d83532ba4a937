package dev.masthead.testing;

import static io.restassured.RestAssured.given;

import dev.masthead.content.article.ArticleType;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Posts GraphQL requests over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200);
    }

    /**
     * The introspection query GraphiQL and graphql-codegen send: graphql-js 16's
     * {@code getIntrospectionQuery()} with its default options, kept word for word.
     */
    public static String introspectionQuery() {
        try (var in = GraphQL.class.getResourceAsStream("/graphql/introspection-query.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value with every null map entry removed, so REST's omitted fields compare equal to GraphQL's nulls. */
    @SuppressWarnings("unchecked")
    public static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    out.put(k, withoutNulls(v));
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            var out = new ArrayList<>();
            list.forEach(v -> out.add(withoutNulls(v)));
            return out;
        }
        return value;
    }

    /**
     * A GraphQL answer as REST gives it: nulls left out, and an article's type as its slug,
     * since GraphQL serves the ArticleType constant (ANALYSIS) where JSON carries "analysis".
     */
    @SuppressWarnings("unchecked")
    public static Object asRest(Object value) {
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    out.put(k, asRest(v));
                }
            });
            if (out.containsKey("typeLabel") && out.get("type") instanceof String type) {
                out.put("type", ArticleType.valueOf(type).slug());
            }
            return out;
        }
        if (value instanceof List<?> list) {
            var out = new ArrayList<>();
            list.forEach(v -> out.add(asRest(v)));
            return out;
        }
        return value;
    }
}
