package dev.masthead.editorial.preview;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.content.article.Article;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.Newsletter;
import dev.masthead.testing.SqlLog;
import dev.masthead.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Draft preview through the public doors: a Bearer token with content:preview, or a preview
 * link's token, shows an unpublished article; nothing else does, and no preview answer is
 * cacheable or listed.
 */
@QuarkusTest
class ArticlePreviewTest {

    private static final String FRONTEND = "https://frontend.example";
    private static final String ARTICLE_QUERY = "query($slug: String!, $preview: String) "
            + "{ article(slug: $slug, preview: $preview) { slug headline publishedAt related { slug } } }";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    // --- Bearer token with content:preview --------------------------------------------------

    @Test
    void aPreviewTokenSeesADraftAsItStands() {
        var slug = article().headline("Draft headline").draft();
        given().auth().oauth2(token("content:preview")).get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("headline", equalTo("Draft headline"))
                .body("publishedAt", notNullValue())
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue())
                .header("Surrogate-Key", nullValue())
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void aPreviewTokenSeesAScheduledArticle() {
        var at = Instant.now().plus(Duration.ofDays(2));
        var slug = article().scheduledFor(at);
        given().auth().oauth2(token("content:preview")).get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .header("Cache-Control", equalTo("private, no-store"));
        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found");
    }

    @Test
    void withoutATokenADraftIsNotFound() {
        var slug = article().draft();
        assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found")
                .body("detail", containsString(slug));
    }

    @Test
    void aTokenWithoutThePreviewScopeSeesOnlyPublishedContent() {
        var draft = article().draft();
        var published = article().published();
        var writer = token("content:write", "content:publish");
        assertProblem(given().auth().oauth2(writer).get("/api/v1/articles/" + draft).then(), 404, "not-found");
        given().auth().oauth2(writer).get("/api/v1/articles/" + published)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public"));
    }

    @Test
    void anUnknownBearerTokenOnAPublicReadIsA401Problem() {
        var published = article().published();
        assertProblem(given().auth().oauth2("mh_nosuchtoken1_secret").get("/api/v1/articles/" + published).then(),
                401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void aPreviewOfAPublishedArticleIsPrivateToo() {
        var slug = article().published();
        given().auth().oauth2(token("content:preview")).get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Surrogate-Key", nullValue());
    }

    @Test
    void publicCachingIsUnchangedForReadersAndVariesByAuthorization() {
        var slug = article().published();
        given().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("ETag", notNullValue())
                .header("Surrogate-Key", containsString("article-" + slug))
                .header("Vary", containsString("Accept-Encoding"))
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void anOrdinaryReadLooksUpNoTokenAndAPreviewDoes() {
        var slug = article().published();
        var preview = token("content:preview");
        SqlLog.clear();
        given().get("/api/v1/articles/" + slug).then().statusCode(200);
        assertThat(SqlLog.recent()).isNotEmpty()
                .noneMatch(sql -> sql.contains("api_token") || sql.contains("article_preview_link"));
        SqlLog.clear();
        given().auth().oauth2(preview).get("/api/v1/articles/" + slug).then().statusCode(200);
        assertThat(SqlLog.recent()).anyMatch(sql -> sql.contains("api_token"));
    }

    // --- Preview links ----------------------------------------------------------------------

    @Test
    void aPreviewLinkOpensItsArticleAndNoOther() {
        var slug = article().headline("Linked draft").draft();
        var other = article().draft();
        var id = idOf(slug);
        var created = mint(id, token("content:preview")).statusCode(201)
                .body("articleId", equalTo((int) id))
                .body("token", startsWith("mhp_"))
                .body("expiresAt", notNullValue())
                .extract();
        String link = created.path("token");
        String url = created.path("url");
        assertThat(url).isEqualTo("http://localhost:8080/api/v1/articles/" + slug + "?preview=" + link);
        assertThat(created.header("Location")).isEqualTo(url);

        given().queryParam("preview", link).get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("headline", equalTo("Linked draft"))
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue())
                .header("Surrogate-Key", nullValue());
        assertProblem(given().queryParam("preview", link).get("/api/v1/articles/" + other).then(), 404, "not-found")
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void aPreviewLinkExpires() {
        var slug = article().draft();
        String link = mint(idOf(slug), token("content:write")).statusCode(201).extract().path("token");
        given().queryParam("preview", link).get("/api/v1/articles/" + slug).then().statusCode(200);

        TestClock.advance(Duration.ofMinutes(61));
        assertProblem(given().queryParam("preview", link).get("/api/v1/articles/" + slug).then(),
                403, "preview-link-expired")
                .body("errors[0].field", equalTo("preview"))
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void anUnknownPreviewTokenIsAProblem() {
        var slug = article().draft();
        assertProblem(given().queryParam("preview", "mhp_" + "x".repeat(43)).get("/api/v1/articles/" + slug).then(),
                403, "preview-link-invalid")
                .body("errors[0].field", equalTo("preview"));
        assertProblem(given().queryParam("preview", "nonsense").get("/api/v1/articles/" + slug).then(),
                403, "preview-link-invalid");
    }

    @Test
    void aPreviewLinkFollowsItsArticleToANewSlug() {
        var former = Fixtures.unique("former");
        var slug = article().formerly(former).draft();
        String link = mint(idOf(slug), token("content:preview")).statusCode(201).extract().path("token");
        given().redirects().follow(false).queryParam("preview", link).get("/api/v1/articles/" + former)
                .then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/articles/" + slug + "?preview=" + link));
    }

    @Test
    void mintingNeedsAPreviewOrWriteScopeAndAnArticle() {
        var slug = article().draft();
        var id = idOf(slug);
        assertProblem(given().post("/api/v1/admin/articles/" + id + "/preview-link").then(), 401, "unauthorized");
        assertProblem(mint(id, token("newsletter:admin")), 403, "forbidden");
        assertProblem(mint(id, token("content:publish")), 403, "forbidden");
        assertProblem(mint(Long.MAX_VALUE, token("content:preview")), 404, "not-found");
        var archived = article().archived();
        assertProblem(mint(idOf(archived), token("content:preview")), 404, "not-found");
    }

    // --- Never listed -----------------------------------------------------------------------

    @Test
    void draftsStayOutOfListsEvenForAPreviewToken() {
        var section = Fixtures.section();
        var published = article().inSection(section).published();
        article().inSection(section).draft();
        article().inSection(section).scheduledFor(Instant.now().plus(Duration.ofDays(1)));
        var preview = token("content:preview");
        for (var path : List.of("/api/v1/articles", "/api/v1/latest")) {
            given().queryParam("section", section).get(path)
                    .then().statusCode(200)
                    .body("data.slug", equalTo(List.of(published)));
            given().auth().oauth2(preview).queryParam("section", section).get(path)
                    .then().statusCode(200)
                    .body("data.slug", equalTo(List.of(published)));
        }
    }

    // --- Another origin ---------------------------------------------------------------------

    @Test
    void aFrontendOnAnAllowedOriginMayPreview() {
        var slug = article().draft();
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/articles/" + slug).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));
        given().header("Origin", FRONTEND).auth().oauth2(token("content:preview")).get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Cache-Control", equalTo("private, no-store"));
    }

    // --- GraphQL ----------------------------------------------------------------------------

    @Test
    void graphQLPreviewsWithATokenOrALink() {
        var slug = article().headline("GraphQL draft").draft();
        graphql(given(), slug, null).statusCode(200)
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"))
                .header("Cache-Control", not(containsString("public")));
        graphql(given().auth().oauth2(token("content:preview")), slug, null).statusCode(200)
                .body("data.article.headline", equalTo("GraphQL draft"))
                .body("data.article.related", equalTo(java.util.List.of()))
                .body("errors", nullValue())
                .body("data.article.publishedAt", notNullValue())
                .header("Cache-Control", equalTo("private, no-store"));
        graphql(given().auth().oauth2(token("content:write")), slug, null).statusCode(200)
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));

        String link = mint(idOf(slug), token("content:preview")).statusCode(201).extract().path("token");
        graphql(given(), slug, link).statusCode(200)
                .body("data.article.slug", equalTo(slug))
                .header("Cache-Control", equalTo("private, no-store"));
        graphql(given(), article().draft(), link).statusCode(200)
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", equalTo("not-found"));

        TestClock.advance(Duration.ofHours(2));
        graphql(given(), slug, link).statusCode(200)
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", equalTo("preview-link-expired"))
                .body("errors[0].message", containsString("expired"));
    }

    @Test
    void graphQLAnswersAnUnknownBearerTokenWith401() {
        var slug = article().published();
        assertProblem(graphql(given().auth().oauth2("mh_nosuchtoken1_secret"), slug, null), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void graphQLListsNeverShowDrafts() {
        var section = Fixtures.section();
        var published = article().inSection(section).published();
        article().inSection(section).draft();
        var query = "query($s: String!) { articles(filter: {section: $s}) { edges { node { slug } } } "
                + "latest(section: $s) { slug } }";
        given().auth().oauth2(token("content:preview")).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("s", section))).post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.articles.edges.node.slug", equalTo(List.of(published)))
                .body("data.latest.slug", equalTo(List.of(published)));
    }

    // --- Helpers ----------------------------------------------------------------------------

    /** A new API token with these scopes, made with the bootstrap token. */
    private static String token(String... scopes) {
        return given().auth().oauth2(Newsletter.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("preview"), "scopes", List.of(scopes)))
                .post("/api/v1/admin/tokens").then().statusCode(201).extract().path("token");
    }

    private static long idOf(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article>find("slug", slug).firstResult().id);
    }

    private static ValidatableResponse mint(long id, String token) {
        return given().auth().oauth2(token).post("/api/v1/admin/articles/" + id + "/preview-link").then();
    }

    private static ValidatableResponse graphql(RequestSpecification request, String slug, String preview) {
        var variables = new HashMap<String, Object>();
        variables.put("slug", slug);
        variables.put("preview", preview);
        return request.contentType(ContentType.JSON).body(Map.of("query", ARTICLE_QUERY, "variables", variables))
                .post("/graphql").then();
    }
}
