package dev.masthead.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The management API as a test drives it: tokens, article inputs, ETags. */
public final class Editorial {

    public static final String ARTICLES = "/api/v1/admin/articles";

    private Editorial() {
    }

    /** A request with the bootstrap token, which holds every scope. */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(Newsletter.ADMIN_TOKEN);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A new API token with these scopes; returns the token itself. */
    public static String token(String... scopes) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("token"), "scopes", List.of(scopes)))
                .post("/api/v1/admin/tokens").then().statusCode(201).extract().path("token");
    }

    /** A valid article input in a section, with one paragraph. */
    public static Map<String, Object> input(String section) {
        var input = new HashMap<String, Object>();
        input.put("slug", Fixtures.unique("managed"));
        input.put("headline", "A headline " + Fixtures.unique("h"));
        input.put("dek", "The dek");
        input.put("type", "analysis");
        input.put("section", section);
        input.put("body", Map.of("html", "<p>First paragraph with <b>four</b> words.</p>"));
        return input;
    }

    /** Creates a draft through the API; returns its id. */
    public static long createDraft(Map<String, Object> input) {
        return asAdmin().contentType(ContentType.JSON).body(input).post(ARTICLES).then().statusCode(201)
                .extract().<Number>path("id").longValue();
    }

    /** The article's current ETag. */
    public static String etag(long id) {
        return asAdmin().get(ARTICLES + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The last change event's sequence number. */
    public static long lastEventSeq() {
        var page = asAdmin().queryParam("after", 0).queryParam("limit", 1000).get("/api/v1/admin/events").then()
                .statusCode(200).extract().jsonPath();
        long last = page.getLong("page.last");
        while (page.getBoolean("page.more")) {
            page = asAdmin().queryParam("after", last).queryParam("limit", 1000).get("/api/v1/admin/events").then()
                    .statusCode(200).extract().jsonPath();
            last = page.getLong("page.last");
        }
        return last;
    }

    /** Events after a sequence number (at most 1000). */
    public static io.restassured.path.json.JsonPath eventsAfter(long seq) {
        return asAdmin().queryParam("after", seq).queryParam("limit", 1000).get("/api/v1/admin/events").then()
                .statusCode(200).extract().jsonPath();
    }
}
