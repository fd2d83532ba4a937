package dev.masthead.content.article;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body is rendered (HTML, text, blocks held to the URL rule) when it is written, and reads
 * serve that rendering as stored; blocks changed behind the API's back are rendered again on
 * read, and bodies stored without a rendering (before an upgrade) are rendered by a
 * background job. The database is changed with plain SQL, as an upgrade or a hand edit would.
 */
@QuarkusTest
class BodyRenderingTest {

    @Inject
    EntityManager entities;

    @Inject
    BodyBackfill backfill;

    @Inject
    ArticleService articles;

    @Inject
    ObjectMapper json;

    @Test
    void aReadServesTheRenderingStoredWhenTheBodyWasWritten() {
        var slug = article().paragraphs("A <b>bold</b> claim.", "Second paragraph.").published();
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<p>A <b>bold</b> claim.</p>"));
        var stored = row(slug);
        assertThat(stored[1]).as("rendered").isNotNull().asString().contains("<b>bold</b>");
        assertThat(stored[2]).as("rendered_key").isEqualTo(BodyRendering.keyOf((String) stored[0]));

        // Only the stored rendering says "stored rendering": a read that rendered the blocks again
        // would not show it.
        Fixtures.editBehindTheApi("update article_body set rendered = replace(rendered, 'bold', 'stored rendering')"
                + " where article_id = (select id from article where slug = ?1)", slug);
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<b>stored rendering</b>"))
                .body("body.text", containsString("A stored rendering claim."))
                .body("body.blocks[0].html", containsString("stored rendering"));
        GraphQL.post("query($slug: String!) { article(slug: $slug) { body { html } } }", Map.of("slug", slug))
                .body("errors", nullValue())
                .body("data.article.body.html", containsString("<b>stored rendering</b>"));
    }

    @Test
    void blocksChangedBehindTheApisBackAreRenderedAgainOnRead() {
        var slug = article().paragraphs("As written.").published();
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("As written."));

        Fixtures.editBehindTheApi(
                "update article_body set blocks = ?1 where article_id = (select id from article where slug = ?2)",
                "[{\"type\":\"paragraph\",\"html\":\"Edited <i>by hand</i>.\"}]", slug);
        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<p>Edited <i>by hand</i>.</p>"))
                .body("body.html", not(containsString("As written.")))
                .body("body.text", containsString("Edited by hand."));
    }

    @Test
    void bodiesStoredWithoutARenderingAreRenderedByTheBackgroundJob() {
        var slugs = List.of(article().paragraphs("First <em>one</em>.").published(),
                article().paragraphs("Second <a href=\"https://example.org/x\">link</a>.").published(),
                article().paragraphs("Third, a draft.").draft());
        var before = new ArrayList<String>();
        for (var slug : slugs.subList(0, 2)) {
            before.add(given().get("/api/v1/articles/" + slug).then().statusCode(200).extract().asString());
        }
        var keys = slugs.stream().map(slug -> (String) row(slug)[2]).toList();
        // As after the upgrade that added renderings: the rows have none.
        for (var slug : slugs) {
            Fixtures.editBehindTheApi("update article_body set rendered = null, rendered_key = null"
                    + " where article_id = (select id from article where slug = ?1)", slug);
        }
        // Until the job has run, reads render the blocks themselves, to the same body.
        for (int i = 0; i < 2; i++) {
            assertThat(given().get("/api/v1/articles/" + slugs.get(i)).then().statusCode(200).extract().asString())
                    .isEqualTo(before.get(i));
        }

        while (backfill.renderBatch() > 0) {
            // Batches until no body is left without a rendering.
        }

        for (int i = 0; i < slugs.size(); i++) {
            var row = row(slugs.get(i));
            assertThat(row[1]).as("rendering of %s", slugs.get(i)).isNotNull();
            assertThat(row[2]).as("key of %s", slugs.get(i)).isEqualTo(keys.get(i));
        }
        Fixtures.forgetCachedAnswers();
        for (int i = 0; i < 2; i++) {
            assertThat(given().get("/api/v1/articles/" + slugs.get(i)).then().statusCode(200).extract().asString())
                    .isEqualTo(before.get(i));
        }
    }

    @Test
    void aStoredRenderingThatDoesNotReadBackGivesWayToTheBlocks() {
        var slug = article().paragraphs("Kept <em>safe</em>.").published();
        Fixtures.editBehindTheApi("update article_body set rendered = '{\"html\": 1, \"unknown\": [' where article_id ="
                + " (select id from article where slug = ?1)", slug);

        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<p>Kept <em>safe</em>.</p>"))
                .body("body.text", containsString("Kept safe."));
    }

    @Test
    void aStoredRenderingWithMoreAfterItsObjectGivesWayToTheBlocks() {
        var slug = article().paragraphs("Kept <em>whole</em>.").published();
        Fixtures.editBehindTheApi("update article_body set rendered = rendered || ' {}' where article_id ="
                + " (select id from article where slug = ?1)", slug);

        var sent = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("body.html", containsString("<p>Kept <em>whole</em>.</p>")).extract().asString();
        assertThat(sent).doesNotContain("} {}");
    }

    /**
     * The REST door writes an article's JSON around its stored body (ArticleJson) instead of
     * reading the body into objects and writing it again: what it sends must be, byte for byte,
     * the JSON of the article as the service builds it for GraphQL, so ETags and caches see one
     * representation whichever way it was written.
     */
    @Test
    void theRestAnswerIsByteForByteTheJsonOfTheWholeArticle() throws Exception {
        var slug = article().paragraphs("A <b>bold</b> claim, \u201cquoted\u201d, caf\u00e9 and \uD83D\uDCF0.",
                "Second \"paragraph\" with a <a href=\"https://example.com/?a=1&b=2\">link</a>.").published();

        var sent = given().get("/api/v1/articles/" + slug).then().statusCode(200).extract().asByteArray();
        var whole = QuarkusTransaction.requiringNew().call(() -> json.writeValueAsBytes(articles.published(slug, false)));

        assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo(new String(whole, StandardCharsets.UTF_8));
        assertThat(sent).isEqualTo(whole);
    }

    /**
     * Every stored rendering went through jsoup's cleaner: a new jsoup, which may clean
     * differently (a fixed bypass, say), must come with a new {@link BodyRendering#RULES} and
     * a migration that clears {@code rendered_key}. This fails until both are done.
     */
    @Test
    void theRenderingRulesNameTheJsoupTheyWereMadeWith() {
        assertThat(BodyRendering.RULES_KEY).isEqualTo("1-jsoup-1.22.1");
    }

    @Test
    void aBodyThatCannotBeRenderedIsMarkedAndNotTriedAgain() {
        var slug = article().paragraphs("Soon broken.").draft();
        Fixtures.editBehindTheApi("update article_body set blocks = '[{\"type\":', rendered = null, rendered_key = null"
                + " where article_id = (select id from article where slug = ?1)", slug);

        while (backfill.renderBatch() > 0) {
            // The broken body is looked at once, then marked.
        }

        var row = row(slug);
        assertThat(row[1]).isNull();
        assertThat(row[2]).isEqualTo(BodyBackfill.UNRENDERABLE);
        assertThat(backfill.renderBatch()).isZero();
    }

    /** The article's blocks, rendering and rendering key as stored. */
    private Object[] row(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entities.createNativeQuery(
                        "select b.blocks, b.rendered, b.rendered_key from article_body b join article a"
                                + " on a.id = b.article_id where a.slug = ?1")
                .setParameter(1, slug).getSingleResult());
    }
}
