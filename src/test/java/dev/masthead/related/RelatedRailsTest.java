package dev.masthead.related;

import static dev.masthead.testing.Editorial.ARTICLES;
import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Related teasers are read from stored rankings, which change events keep up: what an editor
 * publishes enters its siblings' rails once the relay ran, and what leaves public view leaves
 * every rail at once, before the relay runs.
 */
@QuarkusTest
class RelatedRailsTest {

    private static final Instant NOW = Instant.now();

    @Inject
    RelatedRails rails;

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void applyEarlierEvents() {
        while (rails.relay() > 0) {
            // What earlier tests changed is not this test's business.
        }
    }

    private static List<String> related(String slug) {
        return given().get("/api/v1/articles/" + slug + "/related").then().statusCode(200)
                .extract().jsonPath().getList("data.slug");
    }

    private static List<String> relatedOverGraphQL(String slug) {
        return GraphQL.post("query($s: String!) { article(slug: $s) { related { slug } } }", Map.of("s", slug))
                .extract().jsonPath().getList("data.article.related.slug");
    }

    /** By GET, which the response cache keeps. */
    private static List<String> relatedOverGraphQLGet(String slug) {
        return given().queryParam("query", "{ article(slug: \"" + slug + "\") { related { slug } } }").get("/graphql")
                .then().statusCode(200).extract().jsonPath().getList("data.article.related.slug");
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(days, ChronoUnit.DAYS);
    }

    private static void act(long id, String action) {
        asAdmin().header("If-Match", Editorial.etag(id)).post(ARTICLES + "/" + id + "/" + action).then()
                .statusCode(200);
    }

    private void relayAll() {
        while (rails.relay() > 0) {
            // Until every event is applied.
        }
    }

    @Test
    void aPublishedArticleEntersItsSiblingsRailOnceTheRelayRanAndAnUnpublishedOneLeavesAtOnce() {
        var section = Fixtures.section();
        var older = List.of(article().inSection(section).publishedAt(daysAgo(3)).published(),
                article().inSection(section).publishedAt(daysAgo(4)).published(),
                article().inSection(section).publishedAt(daysAgo(5)).published());
        var sibling = article().inSection(section).publishedAt(daysAgo(2)).published();
        assertThat(related(sibling)).containsExactlyElementsOf(older);

        var input = Editorial.input(section);
        long id = Editorial.createDraft(input);
        var newcomer = (String) input.get("slug");
        act(id, "publish");
        // The sibling's rail was ranked and stored at its first read: unchanged until the relay runs.
        assertThat(related(sibling)).containsExactlyElementsOf(older);
        assertThat(relatedOverGraphQLGet(sibling)).containsExactlyElementsOf(older);
        // Read twice, so both answers are held in the response cache when the relay re-ranks.
        assertThat(related(sibling)).containsExactlyElementsOf(older);
        assertThat(relatedOverGraphQLGet(sibling)).containsExactlyElementsOf(older);

        relayAll();
        assertThat(related(sibling)).containsExactly(newcomer, older.get(0), older.get(1));
        assertThat(relatedOverGraphQLGet(sibling)).containsExactly(newcomer, older.get(0), older.get(1));
        assertThat(relatedOverGraphQL(sibling)).containsExactly(newcomer, older.get(0), older.get(1));

        act(id, "unpublish");
        // Gone as soon as the unpublish committed, before any relay.
        assertThat(related(sibling)).containsExactlyElementsOf(older);
        assertThat(relatedOverGraphQL(sibling)).containsExactlyElementsOf(older);
        relayAll();
        assertThat(related(sibling)).containsExactlyElementsOf(older);
    }

    @Test
    void anArticleMovedToAnotherSectionLeavesTheRailsOfItsFormerSection() {
        var section = Fixtures.section();
        var elsewhere = Fixtures.section();
        var older = List.of(article().inSection(section).publishedAt(daysAgo(3)).published(),
                article().inSection(section).publishedAt(daysAgo(4)).published(),
                article().inSection(section).publishedAt(daysAgo(5)).published());
        var sibling = article().inSection(section).publishedAt(daysAgo(2)).published();
        var input = Editorial.input(section);
        long id = Editorial.createDraft(input);
        var moving = (String) input.get("slug");
        act(id, "publish");
        relayAll();
        assertThat(related(sibling)).startsWith(moving);

        asAdmin().contentType(ContentType.JSON).header("If-Match", Editorial.etag(id))
                .body(Map.of("section", elsewhere)).patch(ARTICLES + "/" + id).then().statusCode(200);
        relayAll();

        assertThat(related(sibling)).containsExactlyElementsOf(older);
    }

    @Test
    void deletedAndArchivedArticlesLeaveEveryRail() {
        var section = Fixtures.section();
        var sibling = article().inSection(section).publishedAt(daysAgo(2)).published();
        var kept = article().inSection(section).publishedAt(daysAgo(3)).published();
        var toArchive = Editorial.input(section);
        long archived = Editorial.createDraft(toArchive);
        var toDelete = Editorial.input(section);
        long deleted = Editorial.createDraft(toDelete);
        act(archived, "publish");
        act(deleted, "publish");
        relayAll();
        assertThat(related(sibling)).startsWith((String) toDelete.get("slug"), (String) toArchive.get("slug"), kept);

        act(archived, "archive");
        asAdmin().header("If-Match", Editorial.etag(deleted)).delete(ARTICLES + "/" + deleted).then()
                .statusCode(204);

        // Still a full rail: the latest articles site-wide take the places the two left.
        assertThat(related(sibling)).hasSize(3).startsWith(kept).doesNotContain((String) toDelete.get("slug"),
                (String) toArchive.get("slug"));
        relayAll();
        assertThat(related(sibling)).hasSize(3).startsWith(kept).doesNotContain((String) toDelete.get("slug"),
                (String) toArchive.get("slug"));
    }

    @Test
    void theSweepRanksTheNewestArticlesAheadOfTheirFirstRead() {
        var section = Fixtures.section();
        for (int i = 0; i < 4; i++) {
            article().inSection(section).publishedAt(daysAgo(i + 2)).published();
        }
        var source = article().inSection(section).publishedAt(NOW.minusSeconds(1)).published();
        while (rails.sweep() > 0) {
            // Until the newest articles are ranked.
        }
        var statistics = sessions.getStatistics();

        statistics.clear();
        assertThat(related(source)).hasSize(3);
        long first = statistics.getPrepareStatementCount();
        // From the database again, not from the response cache.
        Fixtures.forgetCachedAnswers();
        statistics.clear();
        assertThat(related(source)).hasSize(3);

        assertThat(first).isEqualTo(statistics.getPrepareStatementCount());
    }
}
