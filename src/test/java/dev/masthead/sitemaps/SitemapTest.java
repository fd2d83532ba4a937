package dev.masthead.sitemaps;

import static dev.masthead.sitemaps.SitemapSchemas.lastmodOf;
import static dev.masthead.sitemaps.SitemapSchemas.texts;
import static dev.masthead.sitemaps.SitemapSchemas.validIndex;
import static dev.masthead.sitemaps.SitemapSchemas.validNews;
import static dev.masthead.sitemaps.SitemapSchemas.validUrlset;
import static dev.masthead.sitemaps.SitemapXml.NEWS_NS;
import static dev.masthead.sitemaps.SitemapXml.SITEMAP_NS;
import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SitemapTest {

    private static final String SITEMAPS = "/api/v1/sitemaps";
    private static final String FRONTEND = "http://localhost:3000/";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void indexNamesSectionsNewsAndEveryMonthWithArticlesByTheConfiguredBaseUrl() {
        var march = Instant.parse("2019-03-15T12:00:00Z");
        article().publishedAt(march).published();

        var index = validIndex(xml(given().header("Host", "evil.example"), SITEMAPS + "/index.xml"));

        var base = ConfigProvider.getConfig().getValue("masthead.http.public-base-url", String.class)
                .replaceAll("/+$", "");
        assertThat(texts(index, SITEMAP_NS, "loc"))
                .contains(base + SITEMAPS + "/sections.xml", base + SITEMAPS + "/news.xml",
                        base + SITEMAPS + "/articles/2019-03.xml")
                .allMatch(loc -> loc.startsWith(base + SITEMAPS + "/"))
                .noneMatch(loc -> loc.contains("evil.example"));
        assertThat(lastmodOf(index, base + SITEMAPS + "/articles/2019-03.xml")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void aMonthListsItsPublishedArticlesAtTheirFrontendUrlWithUpdatedAtAsLastmod() {
        var section = Fixtures.section();
        var at = Instant.parse("2018-07-31T23:59:59Z");
        var published = article().inSection(section).publishedAt(at).published();
        var nextMonth = article().inSection(section).publishedAt(at.plusSeconds(1)).published();
        var draft = article().inSection(section).draft();
        var archived = article().inSection(section).publishedAt(at).archived();

        var july = validUrlset(xml(given(), SITEMAPS + "/articles/2018-07.xml"));

        var url = FRONTEND + section + "/" + published;
        assertThat(texts(july, SITEMAP_NS, "loc")).contains(url)
                .doesNotContain(FRONTEND + section + "/" + nextMonth)
                .noneMatch(loc -> loc.endsWith("/" + draft) || loc.endsWith("/" + archived));
        var updatedAt = given().get("/api/v1/articles/" + published).then().statusCode(200)
                .extract().jsonPath().getString("updatedAt");
        assertThat(Instant.parse(lastmodOf(july, url)))
                .isEqualTo(Instant.parse(updatedAt).truncatedTo(ChronoUnit.SECONDS));
        assertThat(texts(validUrlset(xml(given(), SITEMAPS + "/articles/2018-08.xml")), SITEMAP_NS, "loc"))
                .contains(FRONTEND + section + "/" + nextMonth);
    }

    @Test
    void aDraftAppearsInNoSitemap() {
        var section = Fixtures.section();
        var draft = article().inSection(section).draft();

        var index = validIndex(xml(given(), SITEMAPS + "/index.xml"));
        for (var loc : texts(index, SITEMAP_NS, "loc")) {
            if (loc.contains("/articles/") || loc.endsWith("/news.xml")) {
                var path = loc.substring(loc.indexOf(SITEMAPS));
                assertThat(new String(xml(given(), path))).doesNotContain(draft);
            }
        }
    }

    @Test
    void aScheduledArticleAppearsOnlyOnceItGoesLive() {
        var section = Fixtures.section();
        var at = TestClock.now().plus(1, ChronoUnit.MINUTES);
        var slug = article().inSection(section).scheduledFor(at);
        var month = SITEMAPS + "/articles/" + ArticleSitemapName.of(YearMonth.from(at.atOffset(ZoneOffset.UTC)), 1);
        var url = FRONTEND + section + "/" + slug;

        Fixtures.publishDue();
        assertThat(texts(validNews(xml(given(), SITEMAPS + "/news.xml")), SITEMAP_NS, "loc")).doesNotContain(url);
        var before = given().get(month);
        if (before.statusCode() == 200) {
            assertThat(before.asString()).doesNotContain(url);
        }

        // Its time comes, but only the publishing job makes it live.
        TestClock.advance(Duration.ofMinutes(2));
        assertThat(texts(validNews(xml(given(), SITEMAPS + "/news.xml")), SITEMAP_NS, "loc")).doesNotContain(url);

        Fixtures.publishDue();
        assertThat(texts(validUrlset(xml(given(), month)), SITEMAP_NS, "loc")).contains(url);
        assertThat(texts(validNews(xml(given(), SITEMAPS + "/news.xml")), SITEMAP_NS, "loc")).contains(url);
    }

    @Test
    void newsCarriesTheLastTwoDaysWithPublicationLanguageDateAndTitle() {
        // Sixty days back, where no other test publishes, so the cap of 1,000 never pushes these out.
        TestClock.advance(Duration.ofDays(-60));
        var section = Fixtures.section();
        var now = TestClock.now();
        var recent = article().inSection(section).headline("Talks resume <today> & tomorrow")
                .publishedAt(now.minus(Duration.ofHours(47))).published();
        var old = article().inSection(section).publishedAt(now.minus(Duration.ofHours(49))).published();

        var news = validNews(xml(given(), SITEMAPS + "/news.xml"));
        var siteName = given().get("/api/v1/site").then().statusCode(200).extract().jsonPath().getString("name");

        assertThat(texts(news, SITEMAP_NS, "loc")).contains(FRONTEND + section + "/" + recent)
                .doesNotContain(FRONTEND + section + "/" + old);
        assertThat(texts(news, NEWS_NS, "title")).contains("Talks resume <today> & tomorrow");
        assertThat(texts(news, NEWS_NS, "name")).containsOnly(siteName);
        assertThat(texts(news, NEWS_NS, "language")).containsOnly("en");
        assertThat(texts(news, NEWS_NS, "publication_date"))
                .contains(now.minus(Duration.ofHours(47)).truncatedTo(ChronoUnit.SECONDS).toString());

        // Two hours on, the 47-hour-old article has left the window.
        TestClock.advance(Duration.ofHours(2));
        assertThat(texts(validNews(xml(given(), SITEMAPS + "/news.xml")), SITEMAP_NS, "loc"))
                .doesNotContain(FRONTEND + section + "/" + recent);
    }

    @Test
    void newsWithNothingInTheWindowIsAnEmptyUrlset() {
        // A century on, nothing any test made is two days old.
        TestClock.advance(Duration.ofDays(36500));

        var news = validNews(xml(given(), SITEMAPS + "/news.xml"));

        assertThat(news.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(texts(news, SITEMAP_NS, "url")).isEmpty();
    }

    @Test
    void newsListsAtMostTheThousandNewest() {
        // Thirty days back: a thousand articles there crowd no other test's news sitemap, now or on a rerun.
        TestClock.advance(Duration.ofDays(-30));
        var section = Fixtures.section();
        var now = TestClock.now();
        var oldest = article().inSection(section).publishedAt(now.minus(Duration.ofHours(40))).published();
        var newer = IntStream.range(0, 1000)
                .mapToObj(i -> article().inSection(section).publishedAt(now.minusSeconds(3600 + i)).published())
                .toList();

        var news = validNews(xml(given(), SITEMAPS + "/news.xml"));

        var locs = texts(news, SITEMAP_NS, "loc");
        assertThat(locs).hasSize(1000).contains(FRONTEND + section + "/" + newer.get(0))
                .doesNotContain(FRONTEND + section + "/" + oldest);
        var dates = texts(news, NEWS_NS, "publication_date").stream().map(Instant::parse).toList();
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theNewsSchemaIsEnforcedNotSkipped() {
        var broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://www.example.com/europe/talks</loc>
                    <news:news><news:publication><news:name>Example</news:name><news:language>English</news:language>
                    </news:publication><news:publication_date>2026-03-01T08:00:00Z</news:publication_date>
                    <news:title>Talks</news:title></news:news></url>
                </urlset>
                """.strip().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> validNews(broken)).isInstanceOf(AssertionError.class).hasMessageContaining("English");
        validNews(new String(broken, StandardCharsets.UTF_8).replace("English", "en").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sectionsSitemapListsHomeAndEverySectionPage() {
        var section = Fixtures.section();

        var sections = validUrlset(xml(given(), SITEMAPS + "/sections.xml"));

        assertThat(texts(sections, SITEMAP_NS, "loc")).contains(FRONTEND, FRONTEND + section);
    }

    @Test
    void sitemapsAnswerIfNoneMatchWith304() {
        article().publishedAt(Instant.parse("2017-05-05T05:05:05Z")).published();
        for (var path : new String[] {"/index.xml", "/sections.xml", "/news.xml", "/articles/2017-05.xml"}) {
            var etag = given().get(SITEMAPS + path).then().statusCode(200)
                    .contentType(startsWith("application/xml"))
                    .header("Cache-Control", startsWith("public"))
                    .extract().header("ETag");
            assertThat(etag).as(path).isNotNull();

            given().header("If-None-Match", etag).get(SITEMAPS + path).then()
                    .statusCode(304).body(emptyString());
        }
    }

    @Test
    void aSitemapComesGzippedWhenAsked() {
        var plain = given().get(SITEMAPS + "/sections.xml").then().statusCode(200).extract().asString();

        given().header("Accept-Encoding", "gzip").get(SITEMAPS + "/sections.xml").then().statusCode(200)
                .header("Content-Encoding", "gzip").header("ETag", startsWith("\"")).contentType(startsWith("application/xml"))
                .body(equalTo(plain));
    }

    @Test
    void aMonthOutOfRangeIsABadRequestNamingTheFile() {
        assertInvalidParameter(given().get(SITEMAPS + "/articles/2019-13.xml").then(), "file");
        assertInvalidParameter(given().get(SITEMAPS + "/articles/2019-00.xml").then(), "file");
    }

    @Test
    void aMalformedOrEmptySitemapNameIsNotFound() {
        for (var file : new String[] {"nonsense.xml", "2019-3.xml", "2019-03", "2019-03-1.xml", "2019-03-0.xml",
                "1871-01.xml", "99999-01.xml", "2019-03-99999999999.xml", "2021-03-42951.xml", "2021-03-999999.xml"}) {
            assertProblem(given().get(SITEMAPS + "/articles/" + file).then(), 404, "not-found");
        }
    }

    private static byte[] xml(RequestSpecification request, String path) {
        return request.get(path).then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asByteArray();
    }
}
