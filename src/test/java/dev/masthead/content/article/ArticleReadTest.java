package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.masthead.content.body.Block;
import dev.masthead.content.image.ImageView;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleReadTest {

    private static final String SEED = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion";

    @Test
    void seedArticleIsServedWordForWord() {
        given().get("/api/v1/articles/" + SEED)
                .then().statusCode(200)
                .body("headline", equalTo("Blinken cancels meeting with Lavrov, citing Russian 'invasion'"))
                .body("dek", equalTo("The move follows an announcement by the White House that it's slapping a "
                        + "first tranche of sanctions on Moscow."))
                .body("type", equalTo("analysis"))
                .body("typeLabel", equalTo("Analysis"))
                .body("section.name", equalTo("Europe"))
                .body("heroImage.caption", equalTo("Secretary of State Antony J. Blinken gives opening remarks at "
                        + "NATO in Brussels, Belgium on March 23, 2021."))
                .body("heroImage.credit", equalTo("State Department photo by Ron Przysucha/ Public Domain"))
                .body("body.blocks", hasSize(6))
                .body("body.blocks[0].html", equalTo("The much-anticipated meeting between U.S. Secretary of State "
                        + "Antony Blinken and his Russian counterpart Sergei Lavrov has been canceled by the "
                        + "Americans, according to reports."))
                .body("body.blocks[3].html", containsString("Putin’s fiery speech Sunday declaring independence"))
                .body("body.text", endsWith("No response from Russia on the canceled meeting, yet."))
                .body("body.html", containsString("<p>According to CNN, French Foreign Minister Jean-Yves Le Drian"))
                .body("wordCount", equalTo(265))
                .body("readingTimeMinutes", equalTo(2));
    }

    @Test
    void anArticleNamesItsAuthorsInBylineOrderAndItsTagsAsItsTeaserDoes() {
        var section = Fixtures.section();
        var first = Fixtures.author();
        var second = Fixtures.author();
        var tags = List.of(Fixtures.tag(), Fixtures.tag(), Fixtures.tag());
        var slug = article().inSection(section).by(second, first).taggedWith(tags.get(2), tags.get(0), tags.get(1))
                .published();

        List<String> teaserTags = given().queryParam("section", section).get("/api/v1/articles").then()
                .statusCode(200).body("data[0].slug", equalTo(slug)).extract().path("data[0].tags.slug");
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("authors.slug", contains(second, first))
                .body("tags.slug", equalTo(teaserTags))
                .body("tags", hasSize(3));
    }

    @Test
    void keepReadingDemoArticlesCarryThePageExcerptsAndCredits() {
        given().get("/api/v1/articles/us-missile-depletion-from-houthi-israel-conflicts")
                .then().statusCode(200)
                .body("section.name", equalTo("Military Industrial Complex"))
                .body("heroImage.credit", equalTo("U.S. Navy photo by Mass Communication Specialist 2nd Class "
                        + "Aaron Lau/ Public domain"))
                .body("excerpt", endsWith("But just how alarmed should we really be?"));
        given().get("/api/v1/articles/symposium-why-was-japan-the-only-nuclear-holocaust-in-80-yrs")
                .then().statusCode(200)
                .body("typeLabel", equalTo("Symposium"))
                .body("section.name", equalTo("Global Crises"))
                .body("heroImage.credit", equalTo("Dennis MacDonald / Shutterstock.com"));
    }

    @Test
    void bodyIsServedAsSanitizedHtmlTextAndBlocks() {
        var slug = article()
                .body(Block.paragraph("Hello <strong>world</strong> &amp; <script>alert(1)</script>friends"
                                + " <a href=\"/elsewhere\" onclick=\"x()\">bad</a>"
                                + " <a href=\"https://example.org\">good</a>"),
                        Block.heading(2, "A <heading> & more"),
                        Block.image(new ImageView("https://img.example/a.jpg", "Alt \"quoted\"", "Cap", "Cred", 10, 20)),
                        Block.list(true, List.of("first <img src=x onerror=alert(1)>", "second")))
                .published();

        given().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("body.blocks.type", contains("paragraph", "heading", "image", "list"))
                .body("body.html", not(containsString("<script")))
                .body("body.html", not(containsString("onclick")))
                .body("body.html", not(containsString("onerror")))
                .body("body.html", containsString("Hello <strong>world</strong> &amp; friends"))
                .body("body.html", containsString("<a href=\"/elsewhere\" rel=\"noopener\">bad</a>"))
                .body("body.html", containsString("<a href=\"https://example.org\" rel=\"noopener\">good</a>"))
                .body("body.html", containsString("<h2>A &lt;heading&gt; &amp; more</h2>"))
                .body("body.html", containsString("alt=\"Alt &quot;quoted&quot;\""))
                .body("body.html", containsString("<ol><li>first </li><li>second</li></ol>"))
                .body("body.text", containsString("Hello world & friends bad good"))
                .body("body.text", containsString("A <heading> & more"));
    }

    @Test
    void formerSlugRedirectsPermanentlyToTheCurrentOne() {
        var former = Fixtures.unique("old-slug");
        var current = article().formerly(former).published();

        var location = given().redirects().follow(false).get("/api/v1/articles/" + former)
                .then().statusCode(301)
                .header("Location", equalTo("http://localhost:8080/api/v1/articles/" + current))
                .extract().header("Location");
        // The public base URL is not the test server's address; follow the path.
        given().get(URI.create(location).getRawPath()).then().statusCode(200).body("slug", equalTo(current));
    }

    @Test
    void formerSlugOfADraftIsNotFound() {
        var former = Fixtures.unique("old-draft");
        article().formerly(former).draft();

        assertProblem(given().redirects().follow(false).get("/api/v1/articles/" + former).then(), 404, "not-found");
    }

    @Test
    void draftArchivedAndFutureArticlesAnswer404() {
        var draft = article().draft();
        var archived = article().archived();
        var future = article().scheduledFor(Instant.now().plus(2, ChronoUnit.HOURS));

        for (var slug : List.of(draft, archived, future)) {
            assertProblem(given().get("/api/v1/articles/" + slug).then(), 404, "not-found")
                    .body("detail", containsString(slug));
        }
    }

    @Test
    void unknownSlugAnswers404Problem() {
        assertProblem(given().get("/api/v1/articles/no-such-article").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/articles/no-such-article"));
    }

    @Test
    void editorsExcerptIsServedUncut() {
        var slug = article().excerpt("The editor's own words.").paragraphs("Body text.").published();
        given().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("excerpt", equalTo("The editor's own words."))
                .body("excerptTruncated", equalTo(false));
    }
}
