package dev.masthead.feeds;

import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.masthead.content.article.ArticleType;
import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.SqlLog;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feeds under the shipped settings: excerpts, 20 items, links to http://localhost:3000/{section}/{slug}. */
@QuarkusTest
class FeedTest {

    private static final Instant BASE = Instant.parse("2021-03-01T08:00:00Z");
    private static final String FRONTEND = "http://localhost:3000/";

    private static Response get(String format, String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/feeds/" + format);
    }

    private static String body(String format, String mediaType, String... params) {
        return get(format, params).then().statusCode(200)
                .header("Content-Type", equalToIgnoringCase(mediaType + ";charset=utf-8"))
                .extract().asString();
    }

    private static String rss(String... params) {
        return body("rss", "application/rss+xml", params);
    }

    private static String atom(String... params) {
        return body("atom", "application/atom+xml", params);
    }

    private static JsonPath json(String... params) {
        var text = body("json", "application/feed+json", params);
        Feeds.assertValidJsonFeed(text);
        return JsonPath.from(text);
    }

    private static List<String> rssLinks(String... params) {
        return Feeds.rss(rss(params)).getItems().stream().map(Item::getLink).toList();
    }

    private static List<String> atomIds(String... params) {
        return Feeds.atom(atom(params)).getEntries().stream().map(e -> e.getId()).toList();
    }

    private static List<String> jsonIds(String... params) {
        return json(params).getList("items.id");
    }

    private static String page(String section, String slug) {
        return FRONTEND + section + "/" + slug;
    }

    @Test
    void rssCarriesEachArticleNewestFirstWithBylineCategoriesAndHeroImage() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var first = Fixtures.author();
        var second = Fixtures.author();
        var older = article().inSection(section).publishedAt(BASE).excerpt("Older excerpt.").published();
        var newer = article().inSection(section).publishedAt(BASE.plusSeconds(60)).by(first, second).taggedWith(tag)
                .withHero("The caption", "The credit").excerpt("Newer excerpt & more.").published();

        var channel = Feeds.rss(rss("section", section));

        assertThat(channel.getTitle()).isEqualTo(siteName() + " · Section " + section);
        assertThat(channel.getLink()).isEqualTo(FRONTEND + section);
        assertThat(((AtomLinkModule) channel.getModule(AtomLinkModule.URI)).getLink().getHref())
                .isEqualTo("http://localhost:8080/api/v1/feeds/rss?section=" + section);
        assertThat(channel.getItems()).extracting(Item::getLink).containsExactly(page(section, newer),
                page(section, older));
        var item = channel.getItems().get(0);
        assertThat(item.getTitle()).isEqualTo("Headline of " + newer);
        assertThat(item.getGuid().getValue()).isEqualTo(page(section, newer));
        assertThat(item.getGuid().isPermaLink()).isTrue();
        assertThat(item.getPubDate().toInstant()).isEqualTo(BASE.plusSeconds(60));
        assertThat(item.getDescription().getValue()).isEqualTo("Newer excerpt & more.");
        assertThat(item.getContent()).isNull();
        assertThat(item.getCategories()).extracting(Category::getValue)
                .containsExactly("Section " + section, "Tag " + tag);
        assertThat(((DCModule) item.getModule(DCModule.URI)).getCreators())
                .containsExactly("Author " + first, "Author " + second);
        var media = ((MediaEntryModule) item.getModule(MediaModule.URI)).getMediaContents();
        assertThat(media).hasSize(1);
        assertThat(((UrlReference) media[0].getReference()).getUrl().toString())
                .isEqualTo("https://img.example/" + newer + ".jpg");
        assertThat(media[0].getMedium()).isEqualTo("image");
        assertThat(media[0].getType()).isEqualTo("image/jpeg");
        assertThat(media[0].getWidth()).isEqualTo(1200);
        assertThat(media[0].getMetadata().getDescription()).isEqualTo("The caption");
        assertThat(media[0].getMetadata().getCredits()[0].getName()).isEqualTo("The credit");
        assertThat(channel.getItems().get(1).getModule(MediaModule.URI)).isNull();
    }

    @Test
    void atomCarriesEachArticleNewestFirstWithAuthorsCategoriesAndEnclosure() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var older = article().inSection(section).publishedAt(BASE).published();
        var newer = article().inSection(section).publishedAt(BASE.plusSeconds(60)).by(author).taggedWith(tag)
                .withHero("The caption", "The credit").excerpt("Newer excerpt.").published();

        var feed = Feeds.atom(atom("section", section));

        assertThat(feed.getId()).isEqualTo("http://localhost:8080/api/v1/feeds/atom?section=" + section);
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(FRONTEND + section);
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("self", feed.getId()));
        assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly(siteName());
        assertThat(feed.getEntries()).extracting(e -> e.getId())
                .containsExactly(page(section, newer), page(section, older));
        var entry = feed.getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Headline of " + newer);
        assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly(page(section, newer));
        assertThat(entry.getOtherLinks()).extracting(Link::getRel, Link::getHref, Link::getType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enclosure",
                        "https://img.example/" + newer + ".jpg", "image/jpeg"));
        assertThat(entry.getPublished().toInstant()).isEqualTo(BASE.plusSeconds(60));
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getAuthors()).extracting(SyndPerson::getName).containsExactly("Author " + author);
        assertThat(entry.getCategories()).extracting(c -> c.getTerm(), c -> c.getLabel()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(section, "Section " + section),
                org.assertj.core.groups.Tuple.tuple(tag, "Tag " + tag));
        assertThat(entry.getSummary().getValue()).isEqualTo("Newer excerpt.");
        assertThat(entry.getContents()).isEmpty();
    }

    @Test
    void jsonFeedIsValidJsonFeed11WithEachArticleNewestFirst() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var older = article().inSection(section).publishedAt(BASE).published();
        var newer = article().inSection(section).publishedAt(BASE.plusSeconds(60)).by(author).taggedWith(tag)
                .withHero("The caption", "The credit").excerpt("Newer excerpt.").published();

        var feed = json("section", section);

        assertThat(feed.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.getString("home_page_url")).isEqualTo(FRONTEND + section);
        assertThat(feed.getString("feed_url"))
                .isEqualTo("http://localhost:8080/api/v1/feeds/json?section=" + section);
        assertThat(feed.<String>getList("items.id")).containsExactly(page(section, newer), page(section, older));
        assertThat(feed.getMap("items[0]")).containsEntry("url", page(section, newer))
                .containsEntry("title", "Headline of " + newer)
                .containsEntry("content_text", "Newer excerpt.")
                .containsEntry("summary", "Newer excerpt.")
                .containsEntry("image", "https://img.example/" + newer + ".jpg")
                .containsEntry("date_published", "2021-03-01T08:01:00Z")
                .containsEntry("authors", List.of(Map.of("name", "Author " + author)))
                .containsEntry("tags", List.of("Section " + section, "Tag " + tag))
                .doesNotContainKey("content_html");
        assertThat(feed.getMap("items[1]")).doesNotContainKeys("image", "authors");
    }

    @Test
    void theSchemaRefusesWhatJsonFeedForbids() {
        // The schema the feeds are held to must be able to fail.
        var broken = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\","
                + "\"items\":[{\"id\":\"x\",\"date_published\":\"yesterday\"}]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feeds.assertValidJsonFeed(broken))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void filtersNarrowEveryFeed() {
        var section = Fixtures.section();
        var tag = Fixtures.tag();
        var author = Fixtures.author();
        var analysis = article().inSection(section).ofType(ArticleType.ANALYSIS).publishedAt(BASE).published();
        var tagged = article().inSection(section).taggedWith(tag).publishedAt(BASE.plusSeconds(1)).published();
        var authored = article().inSection(section).by(author).publishedAt(BASE.plusSeconds(2)).published();
        var elsewhere = article().taggedWith(tag).by(author).publishedAt(BASE.plusSeconds(3)).published();

        assertThat(rssLinks("section", section)).containsExactly(page(section, authored), page(section, tagged),
                page(section, analysis));
        assertThat(rssLinks("section", section, "type", "analysis")).containsExactly(page(section, analysis));
        assertThat(atomIds("section", section, "tag", tag)).containsExactly(page(section, tagged));
        assertThat(jsonIds("section", section, "author", author)).containsExactly(page(section, authored));
        assertThat(jsonIds("tag", tag, "author", author)).hasSize(1).first().asString().endsWith("/" + elsewhere);
        assertThat(Feeds.rss(rss("author", author)).getTitle()).endsWith(" · Author " + author);
        assertThat(json("tag", tag).getString("title")).endsWith(" · Tag " + tag);
    }

    @Test
    void unknownSlugsGiveAnEmptyFeedAsTheArticleListDoes() {
        var nobody = Fixtures.unique("nobody");

        assertThat(Feeds.rss(rss("author", nobody)).getItems()).isEmpty();
        assertThat(Feeds.atom(atom("section", nobody)).getEntries()).isEmpty();
        assertThat(json("tag", nobody).getList("items")).isEmpty();
    }

    @Test
    void aFeedHoldsTheNewestTwentyAtMost() {
        var section = Fixtures.section();
        for (int i = 0; i < 22; i++) {
            article().inSection(section).publishedAt(BASE.plusSeconds(i)).published();
        }

        var items = Feeds.rss(rss("section", section)).getItems();

        assertThat(items).hasSize(20);
        assertThat(items).extracting(i -> i.getPubDate().toInstant())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .first().isEqualTo(BASE.plusSeconds(21));
        assertThat(atomIds("section", section)).hasSize(20);
        assertThat(jsonIds("section", section)).hasSize(20);
    }

    @Test
    void draftsAndScheduledArticlesAppearOnlyOncePublished() {
        var section = Fixtures.section();
        var published = article().inSection(section).publishedAt(BASE).published();
        article().inSection(section).draft();
        article().inSection(section).publishedAt(BASE.plusSeconds(5)).archived();
        article().inSection(section).scheduledFor(Instant.now().plus(1, ChronoUnit.DAYS));
        var due = article().inSection(section).scheduledFor(Instant.now().minus(1, ChronoUnit.MINUTES));

        // Due, but not live until the publishing job fires.
        assertThat(rssLinks("section", section)).containsExactly(page(section, published));
        assertThat(atomIds("section", section)).containsExactly(page(section, published));
        assertThat(jsonIds("section", section)).containsExactly(page(section, published));

        Fixtures.publishDue();

        assertThat(rssLinks("section", section)).containsExactly(page(section, due), page(section, published));
        assertThat(atomIds("section", section)).containsExactly(page(section, due), page(section, published));
        assertThat(jsonIds("section", section)).containsExactly(page(section, due), page(section, published));
    }

    @Test
    void anArticleScheduledThroughTheEditorialApiAppearsWhenItGoesLive() {
        var section = Fixtures.section();
        var input = Editorial.input(section);
        var slug = (String) input.get("slug");
        var id = Editorial.createDraft(input);
        assertThat(jsonIds("section", section)).isEmpty();

        var publishAt = TestClock.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Editorial.asAdmin().contentType(ContentType.JSON).header("If-Match", Editorial.etag(id))
                .body(Map.of("publishAt", publishAt.toString())).post(Editorial.ARTICLES + "/" + id + "/schedule")
                .then().statusCode(200);
        assertThat(rssLinks("section", section)).isEmpty();
        try {
            TestClock.advance(Duration.ofHours(2).plusSeconds(1));
            Fixtures.publishDue();

            assertThat(rssLinks("section", section)).containsExactly(page(section, slug));
            assertThat(atomIds("section", section)).containsExactly(page(section, slug));
            assertThat(json("section", section).getString("items[0].date_published"))
                    .isEqualTo(publishAt.toString());
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void everyFeedAnswersIfNoneMatchWith304AndNamesWhatItShows() {
        var section = Fixtures.section();
        var slug = article().inSection(section).published();

        for (var format : List.of("rss", "atom", "json")) {
            var first = get(format, "section", section).then().statusCode(200)
                    .header("Cache-Control", startsWith("public, max-age="))
                    .header("Vary", org.hamcrest.Matchers.containsString("Accept-Encoding"))
                    .extract();
            var etag = first.header("ETag");
            assertThat(etag).as(format).matches("\"[A-Za-z0-9_-]+(-gzip)?\"");
            assertThat(Arrays.asList(first.header("Surrogate-Key").split(" ")))
                    .contains("articles", "site", "section-" + section, "article-" + slug);

            given().queryParam("section", section).header("If-None-Match", etag)
                    .get("/api/v1/feeds/" + format).then().statusCode(304)
                    .header("ETag", etag).body(emptyString());
            // The uncompressed representation is another one, with a tag of its own.
            var identity = given().config(RestAssuredConfig.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .queryParam("section", section).header("Accept-Encoding", "identity")
                    .get("/api/v1/feeds/" + format).then().statusCode(200).extract().header("ETag");
            assertThat(etag).isEqualTo(identity.replaceAll("\"$", "-gzip\""));
        }
    }

    @Test
    void aNewArticleChangesTheFeedsETag() {
        var section = Fixtures.section();
        article().inSection(section).publishedAt(BASE).published();
        var before = get("atom", "section", section).then().statusCode(200).extract().header("ETag");

        article().inSection(section).publishedAt(BASE.plusSeconds(1)).published();

        given().queryParam("section", section).header("If-None-Match", before).get("/api/v1/feeds/atom").then()
                .statusCode(200).header("ETag", not(before));
    }

    @Test
    void aBadFilterIsA400ProblemNamingIt() {
        for (var format : List.of("rss", "atom", "json")) {
            assertInvalidParameter(get(format, "type", "gossip").then(), "type");
            assertInvalidParameter(get(format, "section", "Not A Slug").then(), "section");
            assertInvalidParameter(get(format, "author", "x".repeat(300)).then(), "author");
            assertInvalidParameter(get(format, "tag", "bad/tag").then(), "tag");
        }
    }

    @Test
    void feedReadersAcceptHeadersAreServedAndOnesThatRuleTheFeedOutAre406() {
        given().accept("application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, "
                + "application/xml;q=0.4, text/xml;q=0.4, */*;q=0.1").get("/api/v1/feeds/rss").then().statusCode(200);
        given().accept("application/atom+xml").get("/api/v1/feeds/atom").then().statusCode(200);
        given().accept("application/feed+json, application/json;q=0.9").get("/api/v1/feeds/json").then()
                .statusCode(200);
        dev.masthead.testing.Problems.assertProblem(given().accept("application/json").get("/api/v1/feeds/rss")
                .then(), 406, "not-acceptable");
    }

    @Test
    void aFeedOf3AndAFeedOf20CostTheSameStatements() {
        var small = Fixtures.section();
        var large = Fixtures.section();
        var tag = Fixtures.tag();
        for (int i = 0; i < 3; i++) {
            article().inSection(small).taggedWith(tag).by(Fixtures.author()).withHero("c", "d").published();
        }
        for (int i = 0; i < 20; i++) {
            article().inSection(large).taggedWith(tag).by(Fixtures.author()).withHero("c", "d").published();
        }

        var three = statementsFor(() -> assertThat(jsonIds("section", small)).hasSize(3));
        var twenty = statementsFor(() -> assertThat(jsonIds("section", large)).hasSize(20));

        assertThat(twenty).isEqualTo(three);
    }

    /** The fewer statements of two runs: a scheduled job may send one of its own during either. */
    private static long statementsFor(Runnable request) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            SqlLog.clear();
            request.run();
            fewest = Math.min(fewest, SqlLog.statements().size());
        }
        return fewest;
    }

    private static String siteName() {
        return given().get("/api/v1/site").then().statusCode(200).extract().path("name");
    }
}
