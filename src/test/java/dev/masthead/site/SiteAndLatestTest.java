package dev.masthead.site;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Fixtures;
import dev.masthead.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteAndLatestTest {

    @Test
    void siteCarriesSocialLinksNavigationAndTheNewsletterBlurb() {
        given().get("/api/v1/site").then().statusCode(200)
                .body("name", not(nullValue()))
                .body("socialLinks.network", hasItem("x"))
                .body("navigation.name", hasItem("QIOSK"))
                .body("newsletter.slug", equalTo("weekly-round-up"))
                .body("newsletter.blurb", startsWith("Subscribe now to our weekly round-up and don't miss a beat"));
    }

    @Test
    void latestRailDefaultsToFiveNewestAndHasNoCursor() {
        // Six articles newer than anything another test made: the clock moves 50 minutes on, past
        // RelatedTest's site-wide rail (40) and short of every article the suite schedules for later.
        var now = TestClock.now().plus(Duration.ofMinutes(50));
        var newest = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> article().publishedAt(now.minusSeconds(i)).published())
                .toList();
        TestClock.advance(Duration.ofMinutes(50));
        try {
            given().get("/api/v1/latest").then().statusCode(200)
                    .body("data.slug", contains(newest.subList(0, 5).toArray(String[]::new)))
                    .body("page.limit", equalTo(5))
                    .body("page.nextCursor", nullValue())
                    .header("Link", nullValue());
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void latestRailOfOneSection() {
        var section = Fixtures.section();
        var older = article().inSection(section).publishedAt(Instant.parse("2016-01-01T00:00:00Z")).published();
        var newer = article().inSection(section).publishedAt(Instant.parse("2016-01-02T00:00:00Z")).published();
        article().inSection(section).draft();

        given().queryParam("section", section).get("/api/v1/latest").then().statusCode(200)
                .body("data.slug", contains(newer, older));
        given().queryParam("section", section).queryParam("limit", 1).get("/api/v1/latest").then().statusCode(200)
                .body("data.slug", contains(newer))
                .body("page.nextCursor", nullValue())
                .header("Link", nullValue());
    }
}
