package dev.masthead.content;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.body.Block;
import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.ImageView;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows written before the URL rule, or behind ContentWriter's back, are held to it on every
 * read: the hostile values go into the database with plain SQL, as legacy data would, and
 * must not come out of REST or GraphQL.
 */
@QuarkusTest
class StoredUrlReadTest {

    /** What no answer may contain, in any case. */
    private static final List<String> HOSTILE = List.of("javascript", "vbscript", "data:", "alert(", "msgbox",
            "%6aavascript", "&#106;", "<script", "onerror", "evil.example");

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Test
    void hostileBlocksStoredBehindTheWritersBackNeverReachTheBody() throws Exception {
        var section = Fixtures.section();
        var slug = article().inSection(section).published();
        var blocks = List.of(
                Block.paragraph("One <a href=\"JaVaScRiPt:alert(1)\">one</a> <script>alert(2)</script>"
                        + "<img src=x onerror=alert(3)> <a href=\"/kept\">kept</a>"),
                Block.image(new ImageView("javascript:alert(4)", "Bad", "Caption four", null, 10, 10)),
                Block.image(new ImageView("data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==", "Bad",
                        null, null, 10, 10)),
                Block.image(new ImageView("%6Aavascript:alert(6)", "Bad", null, null, 10, 10)),
                Block.image(new ImageView("/images/ok.jpg", "Fine", null, null, 10, 10)),
                Block.embed("vbscript:msgbox(7)", "video"),
                Block.embed("&#106;avascript:alert(8)", "video"),
                Block.embed("  \u0001javascript:alert(9)", "video"),
                Block.embed("//evil.example/10", "video"),
                Block.embed("https://video.example/ok", "video"),
                Block.list(false, List.of("<a href=\"javascript:alert(11)\">eleven</a>", "twelve")),
                Block.quote("<a href=\"data:text/html,alert(13)\">thirteen</a>", "Someone"));
        Fixtures.editBehindTheApi(
                "update article_body set blocks = ?1 where article_id = (select id from article where slug = ?2)",
                json.writeValueAsString(blocks), slug);

        var rest = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<a href=\"/kept\" rel=\"noopener\">kept</a>"))
                .body("body.html", containsString("<img src=\"/images/ok.jpg\" alt=\"Fine\""))
                .body("body.html", containsString("<a href=\"https://video.example/ok\" rel=\"noopener\">"))
                .body("body.html", containsString(">one</a>"))
                // Images and embeds whose address fails the rule are left out whole.
                .body("body.blocks.type", contains("paragraph", "image", "embed", "list", "quote"))
                .body("body.blocks.findAll { it.image != null }.image.url", contains("/images/ok.jpg"))
                .body("body.blocks.findAll { it.url != null }.url", contains("https://video.example/ok"))
                .extract().asString();
        assertNothingHostileIn(rest);

        var graph = GraphQL.post("query($slug: String!) { article(slug: $slug) { body { html text blocks { type html "
                + "items url image { url } } } } }", Map.of("slug", slug))
                .body("errors", nullValue())
                .body("data.article.body.html", containsString("<img src=\"/images/ok.jpg\" alt=\"Fine\""))
                .extract().asString();
        assertNothingHostileIn(graph);
    }

    @Test
    void storedHeroImageThatFailsTheRuleIsServedAsNoImage() {
        var section = Fixtures.section();
        var slug = article().inSection(section).withHeroAt("https://img.example/fine.jpg").published();
        Fixtures.editBehindTheApi(
                "update image set url = ?1 where id = (select hero_image_id from article where slug = ?2)",
                " JaVaScRiPt:alert(1)", slug);

        var rest = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("heroImage", nullValue())
                .extract().asString();
        assertNothingHostileIn(rest);
        given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .body("data[0].slug", equalTo(slug))
                .body("data[0].heroImage", nullValue());
        GraphQL.post("query($slug: String!) { article(slug: $slug) { heroImage { url } } }", Map.of("slug", slug))
                .body("errors", nullValue())
                .body("data.article.heroImage", nullValue());
    }

    @Test
    void storedAvatarAndSocialLinksThatFailTheRuleAreLeftOut() {
        var author = Fixtures.author(new ImageView("https://img.example/face.jpg", "Face", null, null, 64, 64),
                List.of(new SocialLink("x", "https://x.com/someone"),
                        new SocialLink("other", "https://other.example")));
        Fixtures.editBehindTheApi(
                "update image set url = ?1 where id = (select avatar_image_id from author where slug = ?2)",
                "data:image/svg+xml,<svg onload=alert(1)>", author);
        Fixtures.editBehindTheApi("update author_social_link set url = ?1 where position = 1"
                + " and author_id = (select id from author where slug = ?2)", "vbscript:msgbox(1)", author);

        var rest = given().get("/api/v1/authors/" + author).then().statusCode(200)
                .body("avatar", nullValue())
                .body("socialLinks.network", contains("x"))
                .extract().asString();
        assertNothingHostileIn(rest);
        var graph = GraphQL.post("query($slug: String!) { author(slug: $slug) { avatar { url } "
                        + "socialLinks { network url } } }", Map.of("slug", author))
                .body("errors", nullValue())
                .body("data.author.avatar", nullValue())
                .body("data.author.socialLinks.network", contains("x"))
                .extract().asString();
        assertNothingHostileIn(graph);
    }

    @Test
    void storedSiteUrlAndSocialLinkThatFailTheRuleAreLeftOut() {
        var url = QuarkusTransaction.requiringNew().call(() ->
                (String) entities.createNativeQuery("select url from site").getSingleResult());
        Fixtures.editBehindTheApi("update site set url = ?1 where id = 1", "javascript:alert(1)");
        Fixtures.editBehindTheApi(
                "insert into site_social_link (position, network, label, url) values (900, 'evil', 'Evil', ?1)",
                "&#x6A;avascript:alert(2)");
        try {
            var rest = given().get("/api/v1/site").then().statusCode(200)
                    .body("url", nullValue())
                    .body("socialLinks.network", hasItem("x"))
                    .body("socialLinks.network", not(hasItem("evil")))
                    .extract().asString();
            assertNothingHostileIn(rest);
            var graph = GraphQL.post("{ site { url socialLinks { network url } } }")
                    .body("errors", nullValue())
                    .body("data.site.url", nullValue())
                    .body("data.site.socialLinks.network", not(hasItem("evil")))
                    .extract().asString();
            assertNothingHostileIn(graph);
        } finally {
            Fixtures.editBehindTheApi("delete from site_social_link where position = 900");
            Fixtures.editBehindTheApi("update site set url = ?1 where id = 1", url);
        }
    }

    private static void assertNothingHostileIn(String answer) {
        var lower = answer.toLowerCase(Locale.ROOT);
        for (var hostile : HOSTILE) {
            assertThat(lower).as("the answer contains %s", hostile).doesNotContain(hostile);
        }
    }
}
