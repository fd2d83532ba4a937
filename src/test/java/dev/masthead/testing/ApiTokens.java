package dev.masthead.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** API tokens made as an integrator makes them: with the bootstrap token, at POST /api/v1/admin/tokens. */
public final class ApiTokens {

    public static final String TOKENS = "/api/v1/admin/tokens";

    private ApiTokens() {
    }

    /** A new token holding exactly these scopes; returns the token to send as Bearer. */
    public static String withScopes(String... scopes) {
        return create(body(Fixtures.unique("token"), List.of(scopes), null)).statusCode(201).extract().path("token");
    }

    /** POST /api/v1/admin/tokens with the bootstrap token. */
    public static ValidatableResponse create(Object body) {
        return create(Newsletter.ADMIN_TOKEN, body);
    }

    public static ValidatableResponse create(String bearer, Object body) {
        return given().contentType(ContentType.JSON).auth().oauth2(bearer).body(body).post(TOKENS).then();
    }

    /** The id part of mh_<id>_<secret>. */
    public static String idOf(String token) {
        return token.substring(3, 15);
    }

    public static Map<String, Object> body(String name, List<String> scopes, Instant expiresAt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("scopes", scopes);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return body;
    }
}
