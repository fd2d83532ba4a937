package dev.masthead.editorial.taxonomy;

import static io.restassured.RestAssured.given;

import dev.masthead.testing.Newsletter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Management requests as an editor's tool makes them, with the bootstrap token unless told otherwise. */
final class Admin {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private Admin() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(Newsletter.ADMIN_TOKEN);
    }

    static RequestSpecification json(String body) {
        return admin().contentType(ContentType.JSON).body(body);
    }

    static RequestSpecification patch(String body, String etag) {
        return admin().contentType(MERGE_PATCH).header("If-Match", etag).body(body);
    }

    /** The sequence number of the newest change event. */
    static long lastEvent() {
        long after = 0;
        while (true) {
            var page = admin().queryParam("after", after).queryParam("limit", 1000).get("/api/v1/admin/events")
                    .then().statusCode(200).extract().jsonPath();
            after = page.getLong("page.last");
            if (!page.getBoolean("page.more")) {
                return after;
            }
        }
    }

    /** The change events after {@code seq} about one entity, oldest first. */
    static List<Map<String, Object>> eventsAfter(long seq, String entityType, long entityId) {
        JsonPath page = admin().queryParam("after", seq).queryParam("limit", 1000).get("/api/v1/admin/events")
                .then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("data").stream()
                .filter(e -> entityType.equals(e.get("entityType")) && ((Number) e.get("entityId")).longValue() == entityId)
                .toList();
    }

    /** Every change event after {@code seq}. */
    static List<Map<String, Object>> eventsAfter(long seq) {
        return admin().queryParam("after", seq).queryParam("limit", 1000).get("/api/v1/admin/events")
                .then().statusCode(200).extract().jsonPath().getList("data");
    }

    /** The audit actions recorded for one entity, newest first (from the newest 100 entries). */
    static List<String> auditActions(String entityType, long entityId) {
        JsonPath page = admin().queryParam("limit", 100).get("/api/v1/admin/audit").then().statusCode(200)
                .extract().jsonPath();
        return page.<Map<String, Object>>getList("data").stream()
                .filter(e -> entityType.equals(e.get("entityType")) && String.valueOf(entityId).equals(e.get("entityId")))
                .map(e -> (String) e.get("action")).toList();
    }

    /** A token holding only these scopes. */
    static String token(String... scopes) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", "taxonomy test", "scopes", List.of(scopes)))
                .post("/api/v1/admin/tokens").then().statusCode(201).extract().path("token");
    }
}
