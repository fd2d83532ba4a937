package dev.masthead.feeds;

import static dev.masthead.testing.Editorial.asAdmin;
import static dev.masthead.testing.Problems.assertInvalidParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.testing.Editorial;
import dev.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * Characters XML cannot carry: refused when written, and left out of feeds and sitemaps when
 * they were stored before that rule (or behind the API's back), so one such headline cannot take
 * the feeds down.
 */
@QuarkusTest
class XmlCharactersTest {

    @Test
    void theManagementApiRefusesThemNamingTheField() {
        for (var bad : new String[] { "Bell \u0001", "Not a character \uFFFF", "Half a pair \uD800" }) {
            var input = Editorial.input("europe");
            input.put("headline", bad);
            assertInvalidParameter(asAdmin().contentType(ContentType.JSON).body(input).post(Editorial.ARTICLES).then(),
                    "headline");
        }
        assertInvalidParameter(asAdmin().contentType(ContentType.JSON)
                .body(Map.of("slug", Fixtures.unique("tag"), "name", "Bell \u0007")).post("/api/v1/admin/tags").then(),
                "name");
    }

    @Test
    void feedsAndSitemapsLeaveOutWhatWasStoredBeforeTheRule() throws Exception {
        var section = Fixtures.section();
        var slug = Fixtures.article().inSection(section).headline("Stored \u0001before \uFFFFthe rule").published();
        var rss = given().queryParam("section", section).get("/api/v1/feeds/rss").then().statusCode(200).extract()
                .asString();
        assertThat(Feeds.rss(rss).getItems().get(0).getTitle().strip()).isEqualTo("Stored before the rule");
        var atom = given().queryParam("section", section).get("/api/v1/feeds/atom").then().statusCode(200).extract()
                .asString();
        assertThat(Feeds.atom(atom).getEntries().get(0).getTitle().strip()).isEqualTo("Stored before the rule");
        var news = given().get("/api/v1/sitemaps/news.xml").then().statusCode(200).extract().asByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(news));
        assertThat(document.getDocumentElement().getTextContent()).contains("Stored before the rule")
                .doesNotContain(slug + "\u0001");
    }
}
