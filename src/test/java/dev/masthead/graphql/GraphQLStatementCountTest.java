package dev.masthead.graphql;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Lists cost a fixed number of SQL statements, however many teasers a page holds. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQLStatementCountTest {

    private static final String PAGE = "query($s: String!, $n: Int) { articles(filter: {section: $s}, first: $n) {"
            + " edges { node { slug headline section { slug name } heroImage { url caption credit }"
            + " authors { slug name } tags { slug name } } } } }";

    @Inject
    SessionFactory sessions;

    private String section;
    private String taggedSection;
    private final List<String> aliasedAuthors = new ArrayList<>();
    private List<String> twelveTags;

    @BeforeAll
    void manyArticlesWithBylinesTagsAndHeroImages() {
        section = Fixtures.section();
        var authors = new String[] {Fixtures.author(), Fixtures.author(), Fixtures.author()};
        var tags = new String[] {Fixtures.tag(), Fixtures.tag(), Fixtures.tag(), Fixtures.tag()};
        for (int i = 0; i < 60; i++) {
            article().inSection(section).by(authors[i % 3], authors[(i + 1) % 3])
                    .taggedWith(tags[i % 4], tags[(i + 2) % 4]).withHero("Caption " + i, "Credit " + i)
                    .publishedAt(Instant.parse("2014-01-01T00:00:00Z").plusSeconds(i * 60L)).published();
        }
        // Twelve tags over 24 articles, two tags each, for lists nested under many parents.
        taggedSection = Fixtures.section();
        var twelve = IntStream.range(0, 12).mapToObj(i -> Fixtures.tag()).toList();
        twelveTags = twelve;
        for (int i = 0; i < 24; i++) {
            article().inSection(taggedSection).by(Fixtures.author()).taggedWith(twelve.get(i % 12), twelve.get((i + 1) % 12))
                    .publishedAt(Instant.parse("2013-01-01T00:00:00Z").plusSeconds(i * 60L)).published();
        }
        for (int i = 0; i < 8; i++) {
            var author = Fixtures.author();
            aliasedAuthors.add(author);
            article().by(author).taggedWith(twelve.get(i)).publishedAt(Instant.parse("2012-01-01T00:00:00Z")
                    .plusSeconds(i * 60L)).published();
            article().by(author).publishedAt(Instant.parse("2012-02-01T00:00:00Z").plusSeconds(i * 60L)).published();
        }
    }

    /**
     * Statements prepared while the request runs: the fewer of two runs, since a scheduled
     * job (the mail outbox sweep) may prepare one of its own during either. The requests
     * measured only read, so running them twice changes nothing.
     */
    private long statementsFor(Runnable request) {
        var statistics = sessions.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            // Counted as built from the database: the second identical POST would come from memory.
            Fixtures.forgetCachedAnswers();
            statistics.clear();
            request.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    @Test
    void graphQLPageOf3AndPageOf50CostTheSameSmallNumberOfStatements() {
        long three = statementsFor(() -> assertThat(GraphQL.post(PAGE, Map.of("s", section, "n", 3))
                .extract().jsonPath().getList("data.articles.edges")).hasSize(3));
        long fifty = statementsFor(() -> assertThat(GraphQL.post(PAGE, Map.of("s", section, "n", 50))
                .extract().jsonPath().getList("data.articles.edges")).hasSize(50));

        assertThat(fifty).isEqualTo(three);
        assertThat(three).isLessThanOrEqualTo(5);
    }

    @Test
    void restPageOf3AndPageOf50CostTheSameSmallNumberOfStatements() {
        long three = statementsFor(() -> given().queryParam("section", section).queryParam("limit", 3)
                .get("/api/v1/articles").then().statusCode(200));
        long fifty = statementsFor(() -> given().queryParam("section", section).queryParam("limit", 50)
                .get("/api/v1/articles").then().statusCode(200));

        assertThat(fifty).isEqualTo(three);
        assertThat(three).isLessThanOrEqualTo(5);
    }

    @Test
    void authorsAndTagsAreNotQueriedUnlessSelected() {
        long lean = statementsFor(() -> GraphQL.post("query($s: String!) { articles(filter: {section: $s}, first: 50)"
                + " { edges { node { slug } } } }", Map.of("s", section)));
        long full = statementsFor(() -> GraphQL.post(PAGE, Map.of("s", section, "n", 50)));

        assertThat(lean).isLessThan(full);
    }

    private static final String TAGS_ARTICLES = "query($s: String!, $n: Int, $m: Int) { articles(filter: {section: $s},"
            + " first: $n) { edges { node { slug tags { slug articles(first: $m) {"
            + " edges { node { slug section { slug } authors { name } tags { slug } } } } } } } } }";

    @Test
    void tagsArticlesCostTheSameStatementsForTwoTagsOrTwelveAndForAnyPageSize() {
        var twoTags = new HashSet<String>();
        long few = statementsFor(() -> twoTags.addAll(GraphQL.post(TAGS_ARTICLES, Map.of("s", taggedSection, "n", 1,
                "m", 2)).body("errors", nullValue()).extract().jsonPath().getList("data.articles.edges.node.tags.flatten().slug")));
        var twelveTags = new HashSet<String>();
        long many = statementsFor(() -> twelveTags.addAll(GraphQL.post(TAGS_ARTICLES, Map.of("s", taggedSection, "n", 12,
                "m", 10)).body("errors", nullValue()).extract().jsonPath().getList("data.articles.edges.node.tags.flatten().slug")));

        assertThat(twoTags).hasSize(2);
        assertThat(twelveTags).hasSize(12);
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(12);
    }

    @Test
    void sectionsArticlesCostTheSameStatementsHoweverManySectionsAndForAnyPageSize() {
        var query = "query($m: Int) { sections { slug articles(first: $m) { totalCount edges { node { slug"
                + " heroImage { url } } } } } }";
        var before = new HashSet<String>();
        long few = statementsFor(() -> before.addAll(GraphQL.post(query, Map.of("m", 1)).body("errors", nullValue())
                .extract().jsonPath().getList("data.sections.slug")));
        for (int i = 0; i < 5; i++) {
            var more = Fixtures.section();
            article().inSection(more).published();
            article().inSection(more).published();
        }
        var after = new HashSet<String>();
        long many = statementsFor(() -> after.addAll(GraphQL.post(query, Map.of("m", 30)).body("errors", nullValue())
                .extract().jsonPath().getList("data.sections.slug")));

        assertThat(after).hasSize(before.size() + 5);
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(8);
    }

    @Test
    void authorsArticlesAddTheSameStatementsForTwoAuthorsOrEight() {
        assertThat(authorsArticlesStatements(8)).isEqualTo(authorsArticlesStatements(2));
    }

    /** What asking for the articles adds to asking for the authors alone, for that many aliased authors. */
    private long authorsArticlesStatements(int count) {
        long withoutArticles = statementsFor(() -> GraphQL.post(aliasedAuthors(count, "")).body("errors", nullValue()));
        long withArticles = statementsFor(() -> GraphQL.post(aliasedAuthors(count, AUTHOR_ARTICLES))
                .body("errors", nullValue()).body("data.a0.articles.totalCount", equalTo(2)));
        return withArticles - withoutArticles;
    }

    private static final String AUTHOR_ARTICLES = "articles(first: 5) { totalCount edges { node { slug tags { slug } } } }";

    /** One root field per author, each an alias of {@code author(slug:)} selecting its slug and then this. */
    private String aliasedAuthors(int count, String selection) {
        var query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": author(slug: \"").append(aliasedAuthors.get(i)).append("\") { slug ")
                    .append(selection).append(" }");
        }
        return query.append(" }").toString();
    }

    /**
     * The statements reading articles that the request sent, counted in every run rather than
     * the fewer of two: no background job reads articles, so nothing but the request adds to it.
     */
    private static long articleStatementsFor(Runnable request) {
        Fixtures.forgetCachedAnswers();
        SqlLog.clear();
        request.run();
        return SqlLog.statements().stream().filter(sql -> sql.contains("article")).count();
    }

    /**
     * Each aliased author is looked up on a worker, and whether one is back before the next is
     * even asked for depends on the machine: however they arrive, the articles, counts and tags
     * of all of them come in one statement each, the same number in every run.
     */
    @Test
    void aliasedAuthorsArticlesAreBatchedAlikeInEveryRun() {
        var perRun = new ArrayList<Long>();
        for (int run = 0; run < 20; run++) {
            var query = aliasedAuthors(run % 2 == 0 ? 8 : 2, AUTHOR_ARTICLES);
            perRun.add(articleStatementsFor(() -> GraphQL.post(query).body("errors", nullValue())));
        }
        assertThat(perRun).containsOnly(perRun.get(0));
    }

    private static final String TAG_TEASERS_TAGS = "query($t: String!, $n: Int, $m: Int) { tag(slug: $t) {"
            + " articles(first: $n) { edges { node { slug tags { slug articles(first: $m) { totalCount"
            + " edges { node { slug } } } } } } } } }";

    /**
     * Under its own teasers a tag's list asked again with the same page size is the loader's
     * cached answer, there at once, while its siblings' lists are still to be read: its count
     * must still go in the one statement that counts the siblings' lists.
     */
    @Test
    void aListAskedAgainDeeperDownIsCountedWithItsSiblings() {
        var tag = twelveTags.get(5);
        var innerTags = new HashSet<String>();
        var again = new ArrayList<Long>();
        var fresh = new ArrayList<Long>();
        for (int run = 0; run < 10; run++) {
            again.add(articleStatementsFor(() -> innerTags.addAll(GraphQL.post(TAG_TEASERS_TAGS,
                    Map.of("t", tag, "n", 3, "m", 3)).body("errors", nullValue()).extract().jsonPath()
                    .getList("data.tag.articles.edges.node.tags.flatten().slug"))));
            fresh.add(articleStatementsFor(() -> GraphQL.post(TAG_TEASERS_TAGS, Map.of("t", tag, "n", 3, "m", 2))
                    .body("errors", nullValue())));
        }

        assertThat(innerTags).hasSize(3).contains(tag);
        assertThat(fresh).containsOnly(fresh.get(0));
        assertThat(again).containsOnly(fresh.get(0));
    }

    @Test
    void aQueryRefusedByALimitRunsNoSqlAtAll() {
        var costly = "{ articles(first: 100) { edges { node { tags { articles(first: 100) { totalCount edges { node"
                + " { slug } } } } } } } }";
        assertThat(statementsFor(() -> GraphQL.post(costly).body("errors[0].extensions.code", equalTo("query-too-costly"))
                .body("data", nullValue()))).isZero();
        var deep = "{ articles(first: 1) { edges { node { tags { articles(first: 1) { edges { node { tags {"
                + " articles(first: 1) { edges { node { tags { slug } } } } } } } } } } } } }";
        assertThat(statementsFor(() -> GraphQL.post(deep).body("errors[0].extensions.code", equalTo("query-too-deep"))))
                .isZero();
    }
}
