package dev.masthead.contract;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masthead.content.body.Block;
import dev.masthead.content.image.ImageView;
import dev.masthead.testing.OpenApiResponses;
import dev.masthead.testing.OpenApiResponses.Exchange;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The response check that every test runs through (testing/OpenApiValidationFilter) can
 * fail, and names what broke: real responses pass, and the same responses with one thing
 * wrong do not.
 */
@QuarkusTest
class OpenApiResponseValidationTest {

    private static final OpenApiResponses CONTRACT = OpenApiResponses.load(Path.of("openapi/openapi.yaml"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyKindOfBodyBlockKeepsTheContract() {
        var slug = article().body(Block.paragraph("P"), Block.heading(2, "H"), Block.quote("Q", null),
                Block.image(new ImageView("https://img.example/b.jpg", "Alt", null, null, null, null)),
                Block.list(false, List.of("a", "b")), Block.embed("https://video.example/1", null)).published();

        // The global filter validated this response; the blocks show that every variant was in it.
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.blocks.type", contains("paragraph", "heading", "quote", "image", "list", "embed"));
    }

    @Test
    void aRealArticlePassesAndEachBreachIsNamed() throws Exception {
        var slug = article().withHero(null, null).published();
        var response = given().get("/api/v1/articles/" + slug).then().statusCode(200).extract();
        var article = (ObjectNode) JSON.readTree(response.asString());
        var headers = Map.of("ETag", response.header("ETag"), "Cache-Control", response.header("Cache-Control"),
                "Surrogate-Key", response.header("Surrogate-Key"));
        var path = "/api/v1/articles/" + slug;

        assertThat(check("GET", path, 200, "application/json", headers, article)).isEmpty();

        var nullable = article.deepCopy();
        nullable.putNull("dek");
        nullable.putNull("heroImage");
        assertThat(check("GET", path, 200, "application/json", headers, nullable)).isEmpty();

        var nullHeadline = article.deepCopy();
        nullHeadline.putNull("headline");
        assertThat(check("GET", path, 200, "application/json", headers, nullHeadline))
                .singleElement().asString().contains("/headline").contains("null");

        var noExcerpt = article.deepCopy();
        noExcerpt.remove("excerpt");
        assertThat(check("GET", path, 200, "application/json", headers, noExcerpt))
                .singleElement().asString().contains("excerpt");

        var unknownType = article.deepCopy();
        unknownType.put("type", "ANALYSIS");
        assertThat(check("GET", path, 200, "application/json", headers, unknownType))
                .singleElement().asString().contains("/type");

        var headingWithoutLevel = article.deepCopy();
        ((ObjectNode) headingWithoutLevel.withArray("/body/blocks").addObject()).put("type", "heading").put("text", "H");
        assertThat(check("GET", path, 200, "application/json", headers, headingWithoutLevel))
                .isNotEmpty().allSatisfy(v -> assertThat(v).contains("/body/blocks/"));

        assertThat(check("GET", path, 418, "application/json", headers, article))
                .singleElement().asString().contains("status 418 is not declared");
        assertThat(check("GET", path, 200, "text/html", headers, article))
                .singleElement().asString().contains("Content-Type text/html is not declared");
        // ETag and Surrogate-Key are absent on preview answers; Cache-Control is always there.
        assertThat(check("GET", path, 200, "application/json", Map.of("ETag", "\"x\"",
                "Surrogate-Key", "x"), article))
                .singleElement().asString().contains("required header Cache-Control is missing");
        assertThat(check("GET", path, 304, null, Map.of("ETag", "\"x\""), article))
                .singleElement().asString().contains("declares no body");
    }

    @Test
    void whatTheDocumentDoesNotDescribeIsHeldToTheApisOwnRules() throws Exception {
        var problem = (ObjectNode) JSON.readTree("{\"type\": \"https://masthead.dev/problems/not-found\", "
                + "\"title\": \"Not found\", \"status\": 404, \"detail\": \"Nothing here.\", \"instance\": \"/api/v1/x\"}");

        assertThat(check("GET", "/api/v1/nothing-here", 404, "application/problem+json", Map.of(), problem)).isEmpty();
        assertThat(check("GET", "/api/v1/nothing-here", 200, "application/json", Map.of(), problem))
                .singleElement().asString().contains("must answer 404");
        assertThat(check("GET", "/api/v1/nothing-here", 404, "application/problem+json", Map.of(),
                problem.deepCopy().put("status", "404")))
                .singleElement().asString().contains("/status");
        assertThat(check("DELETE", "/api/v1/articles", 405, "application/problem+json", Map.of(), problem))
                .singleElement().asString().contains("must carry Allow");
        assertThat(check("GET", "/q/health", 200, "application/json", Map.of(), problem)).isEmpty();
    }

    @Test
    void anXmlFeedIsHeldToBeingWellFormedAndToItsDeclaredType() {
        var response = given().get("/api/v1/feeds/atom").then().statusCode(200).extract();
        var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(Map.of("ETag", response.header("ETag"), "Cache-Control", response.header("Cache-Control"),
                "Surrogate-Key", response.header("Surrogate-Key")));
        var feed = response.asString();

        assertThat(CONTRACT.violations(new Exchange("GET", "/api/v1/feeds/atom", 200,
                "application/atom+xml;charset=utf-8", headers::get, feed))).isEmpty();
        assertThat(CONTRACT.violations(new Exchange("GET", "/api/v1/feeds/atom", 200,
                "application/atom+xml;charset=utf-8", headers::get, feed.replace("</feed>", ""))))
                .singleElement().asString().contains("not well-formed XML");
        assertThat(CONTRACT.violations(new Exchange("GET", "/api/v1/feeds/atom", 200,
                "application/rss+xml;charset=utf-8", headers::get, feed)))
                .singleElement().asString().contains("Content-Type application/rss+xml;charset=utf-8 is not declared");
    }

    private static List<String> check(String method, String path, int status, String contentType,
            Map<String, String> headers, ObjectNode body) {
        var byName = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return CONTRACT.violations(new Exchange(method, path, status, contentType, byName::get, body.toString()));
    }
}
