package dev.masthead.graphql;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import dev.masthead.content.article.ArticleType;
import dev.masthead.content.body.Block;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same questions through REST and GraphQL give field-for-field the same answers. */
@QuarkusTest
class GraphQLParityTest {

    private static final String TEASER = "slug headline dek type typeLabel section { slug name } "
            + "heroImage { url alt caption credit width height } excerpt excerptTruncated wordCount "
            + "readingTimeMinutes publishedAt updatedAt authors { slug name } tags { slug name }";
    private static final String ARTICLE = TEASER + " body { html text blocks { type html text level cite ordered "
            + "items url provider image { url alt caption credit width height } } }";
    private static final Instant BASE = Instant.parse("2015-03-01T08:00:00Z");

    @Test
    void oneArticleIsTheSameThroughBothDoors() {
        var author = Fixtures.author();
        var tag = Fixtures.tag();
        var slug = article().by(author).taggedWith(tag).withHero("Caption", "Credit")
                .body(Block.paragraph("First <em>para</em> &amp; more."), Block.heading(3, "Sub"),
                        Block.quote("Quoted", "Someone"), Block.list(true, List.of("a", "b")))
                .published();

        Map<String, Object> rest = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> graph = GraphQL.post("query($s: String!) { article(slug: $s) { " + ARTICLE + " } }",
                Map.of("s", slug)).extract().jsonPath().getMap("data.article");

        assertThat(GraphQL.asRest(graph)).isEqualTo(GraphQL.withoutNulls(rest));
    }

    @Test
    void seedArticleIsTheSameThroughBothDoors() {
        var slug = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion";
        Map<String, Object> rest = given().get("/api/v1/articles/" + slug).then().extract().jsonPath().getMap("");
        Map<String, Object> graph = GraphQL.post("{ article(slug: \"" + slug + "\") { " + ARTICLE + " } }")
                .extract().jsonPath().getMap("data.article");
        assertThat(graph.get("type")).isEqualTo("ANALYSIS");
        assertThat(rest.get("type")).isEqualTo("analysis");
        assertThat(GraphQL.asRest(graph)).isEqualTo(GraphQL.withoutNulls(rest));
    }

    @Test
    void filteredPagesAndTheSecondPageByCursorAreTheSame() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        for (int i = 0; i < 5; i++) {
            article().inSection(section).taggedWith(tag).by(Fixtures.author()).publishedAt(BASE.plusSeconds(i))
                    .published();
        }
        article().inSection(section).publishedAt(BASE.plusSeconds(10)).published();

        var rest = given().queryParam("section", section).queryParam("tag", tag).queryParam("limit", 2)
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        var graph = GraphQL.post("query($s: String, $t: String) { articles(filter: {section: $s, tag: $t}, first: 2)"
                        + " { pageInfo { hasNextPage endCursor } edges { cursor node { " + TEASER + " } } } }",
                Map.of("s", section, "t", tag)).extract().jsonPath();

        assertThat(GraphQL.asRest(graph.getList("data.articles.edges.node")))
                .isEqualTo(GraphQL.withoutNulls(rest.getList("data")));
        var cursor = rest.getString("page.nextCursor");
        assertThat(graph.getString("data.articles.pageInfo.endCursor")).isEqualTo(cursor);
        assertThat(graph.getBoolean("data.articles.pageInfo.hasNextPage")).isTrue();

        var restSecond = given().queryParam("section", section).queryParam("tag", tag).queryParam("limit", 2)
                .queryParam("cursor", cursor).get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        var graphSecond = GraphQL.post("query($s: String, $t: String, $a: String) { articles(filter: {section: $s,"
                        + " tag: $t}, first: 2, after: $a) { edges { node { " + TEASER + " } } } }",
                Map.of("s", section, "t", tag, "a", cursor)).extract().jsonPath();
        assertThat(GraphQL.asRest(graphSecond.getList("data.articles.edges.node")))
                .isEqualTo(GraphQL.withoutNulls(restSecond.getList("data")));
        assertThat(restSecond.getList("data")).hasSize(2);
    }

    @Test
    void aSectionsArticlesAreTheSame() {
        var section = Fixtures.section();
        for (int i = 0; i < 3; i++) {
            article().inSection(section).taggedWith(Fixtures.tag()).publishedAt(BASE.plusSeconds(i)).published();
        }
        var rest = given().get("/api/v1/sections/" + section + "/articles").then().statusCode(200)
                .extract().jsonPath();
        var graph = GraphQL.post("query($s: String!) { section(slug: $s) { slug name articles { totalCount edges"
                + " { node { " + TEASER + " } } } } }", Map.of("s", section)).extract().jsonPath();

        assertThat(graph.getString("data.section.slug")).isEqualTo(section);
        assertThat(graph.getInt("data.section.articles.totalCount")).isEqualTo(3);
        assertThat(GraphQL.asRest(graph.getList("data.section.articles.edges.node")))
                .isEqualTo(GraphQL.withoutNulls(rest.getList("data")));
    }

    @Test
    void anAuthorsAndATagsArticlesAreTheSame() {
        var author = Fixtures.author();
        var tag = Fixtures.tag();
        for (int i = 0; i < 3; i++) {
            article().by(author).taggedWith(tag).publishedAt(BASE.plusSeconds(100 + i)).published();
        }
        article().by(author).publishedAt(BASE.plusSeconds(200)).published();

        var restAuthor = given().get("/api/v1/authors/" + author + "/articles").then().statusCode(200)
                .extract().jsonPath().getList("data");
        var restTag = given().get("/api/v1/tags/" + tag + "/articles").then().statusCode(200)
                .extract().jsonPath().getList("data");
        var graph = GraphQL.post("query($a: String!, $t: String!) { author(slug: $a) { slug articles { edges { node {"
                + " " + TEASER + " } } } } tag(slug: $t) { slug articles { totalCount edges { node { " + TEASER
                + " } } } } }", Map.of("a", author, "t", tag)).extract().jsonPath();

        assertThat(restAuthor).hasSize(4);
        assertThat(GraphQL.asRest(graph.getList("data.author.articles.edges.node")))
                .isEqualTo(GraphQL.withoutNulls(restAuthor));
        assertThat(graph.getInt("data.tag.articles.totalCount")).isEqualTo(3);
        assertThat(GraphQL.asRest(graph.getList("data.tag.articles.edges.node")))
                .isEqualTo(GraphQL.withoutNulls(restTag));
    }

    @Test
    void siteAndSectionsAreTheSame() {
        var rest = given().get("/api/v1/site").then().statusCode(200).extract().jsonPath().getMap("");
        var graph = GraphQL.post("{ site { name description url socialLinks { network label url } "
                + "navigation { slug name } newsletter { slug name blurb cadence isDefault } } }")
                .extract().jsonPath().getMap("data.site");
        assertThat(GraphQL.asRest(graph)).isEqualTo(GraphQL.withoutNulls(rest));

        var restSections = given().get("/api/v1/sections").then().extract().jsonPath().getList("data");
        var graphSections = GraphQL.post("{ sections { slug name description position } }").extract().jsonPath()
                .getList("data.sections");
        assertThat(GraphQL.asRest(graphSections)).isEqualTo(GraphQL.withoutNulls(restSections));
    }

    @Test
    void everyTagsNestedPageEqualsTheTagsPageAlone() {
        var section = Fixtures.section();
        var tags = List.of(Fixtures.tag(), Fixtures.tag(), Fixtures.tag());
        for (int i = 0; i < 9; i++) {
            var builder = article().inSection(section).ofType(i % 3 == 0 ? ArticleType.ANALYSIS : ArticleType.NEWS)
                    .publishedAt(BASE.plusSeconds(300 + i));
            builder = i % 2 == 0 ? builder.taggedWith(tags.get(i % 3), tags.get((i + 1) % 3))
                    : builder.taggedWith(tags.get(i % 3));
            builder.published();
        }
        var connection = "articles(first: 2, sort: OLDEST, filter: {type: NEWS}, after: $after) { totalCount"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                + " edges { cursor node { slug headline tags { slug } } } }";
        var cursor = GraphQL.post("query($t: String!) { tag(slug: $t) { articles(first: 1, sort: OLDEST,"
                        + " filter: {type: NEWS}) { pageInfo { endCursor } } } }", Map.of("t", tags.get(0)))
                .extract().jsonPath().getString("data.tag.articles.pageInfo.endCursor");

        for (var after : Arrays.asList(null, cursor)) {
            var variables = new HashMap<String, Object>();
            variables.put("s", section);
            variables.put("after", after);
            var nested = GraphQL.post("query($s: String!, $after: String) { articles(filter: {section: $s}, first: 9)"
                    + " { edges { node { slug tags { slug " + connection + " } } } } }", variables)
                    .body("errors", nullValue()).extract().jsonPath();
            List<Map<String, Object>> seen = nested.getList("data.articles.edges.node.tags.flatten()");
            assertThat(seen).hasSizeGreaterThanOrEqualTo(12);
            for (var tag : seen) {
                variables.put("t", tag.get("slug"));
                var alone = GraphQL.post("query($t: String!, $after: String) { tag(slug: $t) { slug "
                                + connection + " } }", variables)
                        .extract().jsonPath().getMap("data.tag");
                assertThat(tag).as("tag %s after %s", tag.get("slug"), after).isEqualTo(alone);
            }
        }
    }

    @Test
    void everySectionsNestedPageEqualsTheSectionsPageAlone() {
        var tag = Fixtures.tag();
        var sections = List.of(Fixtures.section(), Fixtures.section());
        for (int i = 0; i < 7; i++) {
            article().inSection(sections.get(i % 2)).taggedWith(tag).publishedAt(BASE.plusSeconds(400 + i)).published();
        }
        var connection = "articles(first: 2, filter: {tag: $t}) { totalCount pageInfo { hasNextPage endCursor }"
                + " edges { cursor node { slug section { slug } } } }";
        List<Map<String, Object>> all = GraphQL.post("query($t: String) { sections { slug " + connection + " } }",
                Map.of("t", tag)).body("errors", nullValue()).extract().jsonPath()
                .getList("data.sections");
        for (var section : all) {
            var alone = GraphQL.post("query($s: String!, $t: String) { section(slug: $s) { slug " + connection + " } }",
                    Map.of("s", section.get("slug"), "t", tag)).extract().jsonPath().getMap("data.section");
            assertThat(section).isEqualTo(alone);
        }
        assertThat(all.stream().filter(s -> sections.contains(s.get("slug")))
                .map(s -> (Object) ((Map<?, ?>) s.get("articles")).get("totalCount"))).containsExactlyInAnyOrder(4, 3);
    }

    @Test
    void aliasesAskingOneParentForDifferentPagesGetTheirOwnPages() {
        var author = Fixtures.author();
        var slugs = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            slugs.add(article().by(author).publishedAt(BASE.plusSeconds(500 + i)).published());
        }
        var graph = GraphQL.post("query($a: String!) { author(slug: $a) { newest: articles(first: 1) { edges { node"
                        + " { slug } } } oldest: articles(first: 3, sort: OLDEST) { totalCount edges { node { slug } } } } }",
                Map.of("a", author)).body("errors", nullValue()).extract().jsonPath();

        assertThat(graph.getList("data.author.newest.edges.node.slug")).containsExactly(slugs.get(3));
        assertThat(graph.getList("data.author.oldest.edges.node.slug"))
                .containsExactly(slugs.get(0), slugs.get(1), slugs.get(2));
        assertThat(graph.getInt("data.author.oldest.totalCount")).isEqualTo(4);
    }
}
