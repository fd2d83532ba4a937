package dev.masthead.graphql;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.content.body.Block;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
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
}
