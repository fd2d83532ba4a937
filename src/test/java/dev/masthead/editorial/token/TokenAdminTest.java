package dev.masthead.editorial.token;

import static dev.masthead.testing.ApiTokens.TOKENS;
import static dev.masthead.testing.ApiTokens.body;
import static dev.masthead.testing.ApiTokens.create;
import static dev.masthead.testing.ApiTokens.idOf;
import static dev.masthead.testing.ApiTokens.withScopes;
import static dev.masthead.testing.Newsletter.ADMIN_TOKEN;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.Newsletter;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API tokens: made once with the bootstrap token, shown once, scoped, listed, expiring and revocable. */
@QuarkusTest
class TokenAdminTest {

    private static final String EXPORTS = "/api/v1/admin/newsletter/exports";
    private static final String TOKEN_PATTERN = "mh_[a-z0-9]{12}_[A-Za-z0-9_-]{43}";

    @Test
    void createAnswers201WithLocationAndTheTokenShownOnlyThere() {
        var name = Fixtures.unique("Newsroom CMS");
        var created = create(body(name, List.of("content:write", "content:preview"), null)).statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("id", matchesPattern("[a-z0-9]{12}"))
                .body("name", equalTo(name))
                .body("scopes", contains("content:write", "content:preview"))
                .body("token", matchesPattern(TOKEN_PATTERN))
                .body("createdAt", notNullValue())
                .body("expiresAt", nullValue())
                .extract();
        Map<String, Object> json = created.as(Map.class);
        assertThat(json).containsOnlyKeys("id", "name", "scopes", "token", "createdAt", "expiresAt");
        String id = created.path("id");
        String token = created.path("token");
        assertThat(idOf(token)).isEqualTo(id);
        // The configured public address, never the request's Host.
        assertThat(created.header("Location")).isEqualTo("http://localhost:8080/api/v1/admin/tokens/" + id);

        var secret = token.substring(16);
        admin().get(TOKENS + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("token")))
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("scopes", contains("content:write", "content:preview"))
                .body("createdBy", equalTo("bootstrap"))
                .body("revokedAt", nullValue())
                .body(not(containsString(secret)));
        admin().queryParam("limit", 100).get(TOKENS).then().statusCode(200)
                .body("data.find { it.id == '" + id + "' }", not(hasKey("token")))
                .body("data.find { it.id == '" + id + "' }.name", equalTo(name))
                .body(not(containsString(secret)));
    }

    @Test
    void aTokenAdmitsExactlyItsScopes() {
        var newsletter = withScopes("newsletter:admin");
        exportWith(newsletter).statusCode(200);
        assertProblem(given().auth().oauth2(newsletter).get(TOKENS).then(), 403, "forbidden")
                .body("detail", containsString("tokens:admin"));

        var tokensAdmin = withScopes("tokens:admin");
        given().auth().oauth2(tokensAdmin).get(TOKENS).then().statusCode(200);
        assertProblem(exportWith(tokensAdmin), 403, "forbidden").body("detail", containsString("newsletter:admin"));
    }

    @Test
    void aTokenWithoutTokensAdminCannotMakeOrSeeTokens() {
        var writer = withScopes("content:write", "content:publish", "content:preview");
        assertProblem(create(writer, body(Fixtures.unique("escalation"), List.of("tokens:admin"), null)), 403, "forbidden")
                .body("detail", equalTo("The API token lacks the scope tokens:admin."));
        assertProblem(given().auth().oauth2(writer).get(TOKENS + "/" + idOf(writer)).then(), 403, "forbidden")
                .body("detail", containsString("tokens:admin"));
        assertProblem(given().auth().oauth2(writer).delete(TOKENS + "/" + idOf(writer)).then(), 403, "forbidden");
        admin().get(TOKENS + "/" + idOf(writer)).then().statusCode(200).body("revokedAt", nullValue());
    }

    @Test
    void aTokenMadeByAnotherTokenNamesItsMaker() {
        var maker = withScopes("tokens:admin");
        var made = create(maker, body(Fixtures.unique("made"), List.of("content:preview"), null)).statusCode(201)
                .extract().<String>path("id");
        admin().get(TOKENS + "/" + made).then().statusCode(200).body("createdBy", equalTo(idOf(maker)));
    }

    @Test
    void theListIsNewestFirstAndPagesByCursor() {
        var first = idOf(withScopes("content:preview"));
        var second = idOf(withScopes("content:preview"));
        var third = idOf(withScopes("content:preview"));

        var page = admin().queryParam("limit", 2).get(TOKENS).then().statusCode(200)
                .body("data.id", contains(third, second))
                .body("page.limit", equalTo(2))
                .body("page.nextCursor", notNullValue())
                .extract();
        admin().queryParam("limit", 2).queryParam("cursor", page.<String>path("page.nextCursor")).get(TOKENS).then()
                .statusCode(200)
                .body("data[0].id", equalTo(first));

        assertInvalidParameter(admin().queryParam("cursor", "not-a-cursor").get(TOKENS).then(), "cursor");
        assertInvalidParameter(admin().queryParam("limit", 0).get(TOKENS).then(), "limit");
        assertInvalidParameter(admin().queryParam("limit", 101).get(TOKENS).then(), "limit");
    }

    @Test
    void theLastPageHasNoCursor() {
        // Walks the whole list: however many tokens other tests made, it ends.
        String cursor = null;
        for (int pages = 0; pages < 1000; pages++) {
            var request = admin().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            cursor = request.get(TOKENS).then().statusCode(200).extract().path("page.nextCursor");
            if (cursor == null) {
                return;
            }
        }
        throw new AssertionError("the token list never ended");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        var token = withScopes("newsletter:admin");
        exportWith(token).statusCode(200);

        String revokedAt = admin().delete(TOKENS + "/" + idOf(token)).then().statusCode(200)
                .body("id", equalTo(idOf(token)))
                .body("revokedAt", notNullValue())
                .body("$", not(hasKey("token")))
                .extract().path("revokedAt");

        assertProblem(exportWith(token), 401, "unauthorized").header("WWW-Authenticate", "Bearer");
        // Revoking again changes nothing: the first time stands.
        admin().delete(TOKENS + "/" + idOf(token)).then().statusCode(200).body("revokedAt", equalTo(revokedAt));
        admin().get(TOKENS + "/" + idOf(token)).then().statusCode(200).body("revokedAt", equalTo(revokedAt));
    }

    @Test
    void unknownTokenIdsAre404Problems() {
        assertProblem(admin().get(TOKENS + "/aaaaaaaaaaaa").then(), 404, "not-found");
        assertProblem(admin().delete(TOKENS + "/aaaaaaaaaaaa").then(), 404, "not-found");
    }

    @Test
    void anExpiredTokenIsRefused() {
        var expiresAt = TestClock.now().plus(Duration.ofHours(1));
        String token = create(body(Fixtures.unique("expiring"), List.of("newsletter:admin"), expiresAt)).statusCode(201)
                .body("expiresAt", notNullValue())
                .extract().path("token");
        exportWith(token).statusCode(200);
        try {
            TestClock.advance(Duration.ofHours(2));
            assertProblem(exportWith(token), 401, "unauthorized").header("WWW-Authenticate", "Bearer");
        } finally {
            TestClock.reset();
        }
        assertThat(Instant.parse(admin().get(TOKENS + "/" + idOf(token)).then().statusCode(200).extract()
                .<String>path("expiresAt"))).isBetween(expiresAt.minusMillis(1), expiresAt.plusMillis(1));
    }

    @Test
    void useSetsLastUsedAt() {
        var token = withScopes("newsletter:admin");
        admin().get(TOKENS + "/" + idOf(token)).then().statusCode(200).body("lastUsedAt", nullValue());
        exportWith(token).statusCode(200);
        admin().get(TOKENS + "/" + idOf(token)).then().statusCode(200).body("lastUsedAt", notNullValue());
    }

    @Test
    void aWrongSecretForARealIdIsRefused() {
        var token = withScopes("newsletter:admin");
        var forged = token.substring(0, 16) + "A".repeat(43);
        assertProblem(exportWith(forged), 401, "unauthorized").header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("unknown, expired or revoked"));
        assertProblem(exportWith(token.substring(0, token.length() - 1)), 401, "unauthorized");
        assertProblem(exportWith("mh_" + idOf(token)), 401, "unauthorized");
        assertProblem(exportWith(token + "x"), 401, "unauthorized");
        // The real token still works: a forgery does not lock it.
        exportWith(token).statusCode(200);
    }

    @Test
    void noTokenIs401WithTheBearerChallenge() {
        assertProblem(given().get(TOKENS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("Authorization: Bearer"));
        assertProblem(given().header("Authorization", "Basic dGVzdDp0ZXN0").get(TOKENS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
        assertProblem(given().header("Authorization", "Bearer").get(TOKENS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void unknownScopesAreRefusedByName() {
        var name = Fixtures.unique("refused");
        assertInvalidParameter(create(body(name, List.of("content:everything"), null)), "scopes[0]")
                .body("detail", containsString("content:write"));
        assertInvalidParameter(create(body(name, List.of("content:write", "content:write"), null)), "scopes[1]");
        assertInvalidParameter(create(body(name, List.of(), null)), "scopes");
        assertInvalidParameter(create(Map.of("name", name)), "scopes");
        assertNothingNamed(name);
    }

    @Test
    void badFieldsAreRefusedByName() {
        var name = Fixtures.unique("refused");
        assertInvalidParameter(create(Map.of("scopes", List.of("content:write"))), "name");
        assertInvalidParameter(create(body("  ", List.of("content:write"), null)), "name");
        assertInvalidParameter(create(body("x".repeat(201), List.of("content:write"), null)), "name");
        assertInvalidParameter(create(body(name, List.of("content:write"), TestClock.now().minusSeconds(60))),
                "expiresAt");
        assertInvalidParameter(create(Map.of("name", name, "scopes", List.of("content:write"), "admin", true)), "admin");
        assertProblem(create(Map.of("name", name, "scopes", List.of("content:write"), "expiresAt", "tomorrow")), 400,
                "malformed-body").body("errors[0].field", equalTo("expiresAt"));
        assertProblem(create(Map.of("name", name, "scopes", "content:write")), 400, "malformed-body")
                .body("errors[0].field", equalTo("scopes"));
        assertProblem(given().contentType(ContentType.JSON).auth().oauth2(ADMIN_TOKEN).body("{\"name\":")
                .post(TOKENS).then(), 400, "malformed-body");
        assertInvalidParameter(given().contentType(ContentType.JSON).auth().oauth2(ADMIN_TOKEN).post(TOKENS).then(),
                "request");
        assertProblem(given().contentType(ContentType.TEXT).auth().oauth2(ADMIN_TOKEN).body(name).post(TOKENS).then(),
                415, "unsupported-media-type");
        assertNothingNamed(name);
    }

    @Test
    void createAndRevokeAreAudited() {
        var maker = withScopes("tokens:admin");
        var made = create(maker, body(Fixtures.unique("audited"), List.of("content:write"), null)).statusCode(201)
                .extract().<String>path("id");
        given().auth().oauth2(maker).delete(TOKENS + "/" + made).then().statusCode(200);

        given().auth().oauth2(maker).queryParam("limit", 200).get("/api/v1/admin/audit").then().statusCode(200)
                .body("data.findAll { it.entityId == '" + made + "' }.action", contains("token.revoked", "token.created"))
                .body("data.findAll { it.entityId == '" + made + "' }.actor", contains(idOf(maker), idOf(maker)))
                .body("data.findAll { it.entityId == '" + made + "' }.entityType", contains("token", "token"))
                .body("data.find { it.entityId == '" + made + "' && it.action == 'token.created' }.detail",
                        containsString("content:write"));
        assertProblem(given().auth().oauth2(withScopes("content:write")).get("/api/v1/admin/audit").then(), 403,
                "forbidden");
    }

    private static void assertNothingNamed(String name) {
        admin().queryParam("limit", 100).get(TOKENS).then().statusCode(200)
                .body("data.name", not(org.hamcrest.Matchers.hasItem(name)));
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(ADMIN_TOKEN);
    }

    private static ValidatableResponse exportWith(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token).body(Map.of("email", Newsletter.address()))
                .post(EXPORTS).then();
    }
}
