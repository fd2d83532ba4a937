package dev.masthead.sitemaps;

import static dev.masthead.sitemaps.SitemapSchemas.texts;
import static dev.masthead.sitemaps.SitemapSchemas.validIndex;
import static dev.masthead.sitemaps.SitemapSchemas.validUrlset;
import static dev.masthead.sitemaps.SitemapXml.SITEMAP_NS;
import static dev.masthead.testing.Fixtures.article;
import static dev.masthead.testing.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A month with more articles than one file may list is split into numbered files, each listed in the index. */
@QuarkusTest
@TestProfile(SitemapPagingTest.TwoPerFile.class)
class SitemapPagingTest {

    public static class TwoPerFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new HashMap<>(Map.of("masthead.sitemaps.urls-per-file", "2",
                    "masthead.newsletter.outbox.poll-interval", "1h"));
            overrides.putAll(OwnDatabase.named("sitemap-paging-test"));
            return overrides;
        }
    }

    private static final String SITEMAPS = "/api/v1/sitemaps";

    @Test
    void aFullMonthIsSplitIntoNumberedFilesThatTogetherListEveryArticle() {
        var section = Fixtures.section();
        var slugs = IntStream.range(0, 5).mapToObj(i -> article().inSection(section)
                .publishedAt(Instant.parse("2011-11-0" + (i + 1) + "T10:00:00Z")).published()).toList();

        var files = texts(validIndex(given().get(SITEMAPS + "/index.xml").then().statusCode(200).extract()
                .asByteArray()), SITEMAP_NS, "loc").stream()
                .filter(loc -> loc.contains("/articles/2011-11")).map(loc -> loc.substring(loc.indexOf(SITEMAPS)))
                .toList();

        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        assertThat(files.get(0)).endsWith("/articles/2011-11.xml");
        var listed = new ArrayList<String>();
        for (int i = 0; i < files.size(); i++) {
            if (i > 0) {
                assertThat(files.get(i)).endsWith("/articles/2011-11-" + (i + 1) + ".xml");
            }
            var locs = texts(validUrlset(given().get(files.get(i)).then().statusCode(200).extract().asByteArray()),
                    SITEMAP_NS, "loc");
            assertThat(locs).hasSizeBetween(1, 2);
            listed.addAll(locs);
        }
        assertThat(listed).doesNotHaveDuplicates()
                .containsAll(slugs.stream().map(slug -> "http://localhost:3000/" + section + "/" + slug).toList());
        assertProblem(given().get(SITEMAPS + "/articles/2011-11-" + (files.size() + 1) + ".xml").then(), 404,
                "not-found");
        assertProblem(given().get(SITEMAPS + "/articles/2011-11-1.xml").then(), 404, "not-found");
    }
}
