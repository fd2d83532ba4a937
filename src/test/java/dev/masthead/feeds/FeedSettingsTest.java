package dev.masthead.feeds;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Item;
import dev.masthead.testing.Fixtures;
import dev.masthead.testing.OwnDatabase;
import dev.masthead.testing.SqlLog;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feeds under other settings: the frontend's own URL templates, full content, three items. */
@QuarkusTest
@TestProfile(FeedSettingsTest.FullContentOnAnotherSite.class)
class FeedSettingsTest {

    public static class FullContentOnAnotherSite implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of(
                    "masthead.frontend.home-url", "https://www.example.com/",
                    "masthead.frontend.article-url", "https://www.example.com/news/{section}/{slug}.html",
                    "masthead.frontend.section-url", "https://www.example.com/news/{section}/",
                    "masthead.feeds.content", "full",
                    "masthead.feeds.size", "3"));
            overrides.putAll(OwnDatabase.named("feed-settings-test"));
            return overrides;
        }
    }

    private static final Instant BASE = Instant.parse("2020-01-01T00:00:00Z");

    private static String body(String format, String section) {
        return given().queryParam("section", section).get("/api/v1/feeds/" + format).then().statusCode(200)
                .extract().asString();
    }

    private static String page(String section, String slug) {
        return "https://www.example.com/news/" + section + "/" + slug + ".html";
    }

    @Test
    void linksFollowTheConfiguredTemplatesAndImagesBecomeAbsolute() {
        var section = Fixtures.section();
        var slug = article().inSection(section).withHeroAt("/images/hero.png").published();

        var channel = Feeds.rss(body("rss", section));
        assertThat(channel.getLink()).isEqualTo("https://www.example.com/news/" + section + "/");
        var item = channel.getItems().get(0);
        assertThat(item.getLink()).isEqualTo(page(section, slug));
        var media = ((MediaEntryModule) item.getModule(MediaModule.URI)).getMediaContents()[0];
        assertThat(((UrlReference) media.getReference()).getUrl().toString())
                .isEqualTo("https://www.example.com/images/hero.png");
        assertThat(media.getType()).isEqualTo("image/png");

        var atom = Feeds.atom(body("atom", section));
        assertThat(atom.getAlternateLinks()).extracting(Link::getHref)
                .containsExactly("https://www.example.com/news/" + section + "/");
        assertThat(atom.getEntries().get(0).getAlternateLinks()).extracting(Link::getHref)
                .containsExactly(page(section, slug));

        var text = body("json", section);
        Feeds.assertValidJsonFeed(text);
        var json = JsonPath.from(text);
        assertThat(json.getString("home_page_url")).isEqualTo("https://www.example.com/news/" + section + "/");
        assertThat(json.getString("items[0].url")).isEqualTo(page(section, slug));
        assertThat(json.getString("items[0].image")).isEqualTo("https://www.example.com/images/hero.png");
        assertThat(given().get("/api/v1/feeds/json").then().statusCode(200).extract().jsonPath()
                .getString("home_page_url")).isEqualTo("https://www.example.com/");
    }

    @Test
    void fullContentCarriesTheWholeBodyAsHtmlBesideTheExcerpt() {
        var section = Fixtures.section();
        article().inSection(section).excerpt("The excerpt.")
                .paragraphs("First <b>bold</b> paragraph.", "Second paragraph.").published();

        var item = Feeds.rss(body("rss", section)).getItems().get(0);
        assertThat(item.getDescription().getValue()).isEqualTo("The excerpt.");
        assertThat(item.getContent().getValue()).contains("<b>bold</b>").contains("Second paragraph.");

        var entry = Feeds.atom(body("atom", section)).getEntries().get(0);
        assertThat(entry.getSummary().getValue()).isEqualTo("The excerpt.");
        assertThat(entry.getContents()).extracting(Content::getType).containsExactly("html");
        assertThat(entry.getContents().get(0).getValue()).contains("<b>bold</b>").contains("Second paragraph.");

        var text = body("json", section);
        Feeds.assertValidJsonFeed(text);
        var json = JsonPath.from(text);
        assertThat(json.getString("items[0].content_html")).contains("<b>bold</b>").contains("Second paragraph.");
        assertThat(json.getString("items[0].summary")).isEqualTo("The excerpt.");
        assertThat(json.getMap("items[0]")).doesNotContainKey("content_text");
    }

    @Test
    void theConfiguredSizeBoundsEveryFeed() {
        var section = Fixtures.section();
        for (int i = 0; i < 5; i++) {
            article().inSection(section).publishedAt(BASE.plusSeconds(i)).published();
        }

        assertThat(Feeds.rss(body("rss", section)).getItems()).extracting(Item::getPubDate)
                .extracting(d -> d.toInstant())
                .containsExactly(BASE.plusSeconds(4), BASE.plusSeconds(3), BASE.plusSeconds(2));
        assertThat(Feeds.atom(body("atom", section)).getEntries()).hasSize(3);
        assertThat(JsonPath.from(body("json", section)).getList("items")).hasSize(3);
    }

    @Test
    void bodiesComeInOneStatementWhateverTheFeedsLength() {
        var one = Fixtures.section();
        var three = Fixtures.section();
        article().inSection(one).by(Fixtures.author()).taggedWith(Fixtures.tag()).published();
        for (int i = 0; i < 3; i++) {
            article().inSection(three).by(Fixtures.author()).taggedWith(Fixtures.tag()).published();
        }

        assertThat(statementsFor(() -> body("rss", three))).isEqualTo(statementsFor(() -> body("rss", one)));
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
}
