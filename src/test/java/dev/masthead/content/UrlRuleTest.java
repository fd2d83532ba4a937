package dev.masthead.content;

import static dev.masthead.testing.Fixtures.article;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.masthead.content.body.Block;
import dev.masthead.content.common.SocialLink;
import dev.masthead.content.image.ImageView;
import dev.masthead.site.SiteService;
import dev.masthead.site.SiteView;
import dev.masthead.testing.Fixtures;
import dev.masthead.web.problem.InvalidParameterException;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place a URL enters content refuses what is not http(s), mailto (links only) or a
 * relative path, with a 400 naming the field and nothing stored; and keeps what is.
 * Writes go to ContentWriter and SiteService directly (there is no write API yet); what
 * was kept is read back over HTTP.
 */
@QuarkusTest
class UrlRuleTest {

    /** Every spelling of a hostile or broken URL the rule must see through, for links and images alike. */
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("plain javascript", "javascript:alert(1)"),
                Arguments.of("mixed case", "JaVaScRiPt:alert(1)"),
                Arguments.of("decimal entity", "&#106;avascript:alert(1)"),
                Arguments.of("hex entity", "&#x6A;avascript:alert(1)"),
                Arguments.of("padded entity without semicolon", "&#0000106avascript:alert(1)"),
                Arguments.of("named entity for the colon", "javascript&colon;alert(1)"),
                Arguments.of("percent-encoded letter", "%6Aavascript:alert(1)"),
                Arguments.of("percent-encoded colon", "javascript%3Aalert(1)"),
                Arguments.of("double percent-encoding", "%256Aavascript:alert(1)"),
                Arguments.of("entity-encoded percent", "&#37;6Aavascript:alert(1)"),
                Arguments.of("encoded past the bound", "%25252525256Aavascript:alert(1)"),
                Arguments.of("leading spaces", "   javascript:alert(1)"),
                Arguments.of("leading control character", "\u0001javascript:alert(1)"),
                Arguments.of("leading NUL", "\u0000javascript:alert(1)"),
                Arguments.of("tab and newline inside", "\tjava\nscript:alert(1)"),
                Arguments.of("no-break space before", "\u00A0javascript:alert(1)"),
                Arguments.of("data HTML", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
                Arguments.of("data SVG", "DATA:image/svg+xml,%3Csvg%20onload=alert(1)%3E"),
                Arguments.of("vbscript", "vbscript:msgbox(1)"),
                Arguments.of("file", "file:///etc/passwd"),
                Arguments.of("blob", "blob:https://example.org/0b5d-41f7"),
                Arguments.of("protocol-relative", "//evil.example/x.jpg"),
                Arguments.of("protocol-relative with a backslash", "/\\evil.example/x.jpg"),
                Arguments.of("http without a host", "https:evil.example"),
                Arguments.of("unparseable", "https://exa mple.org/x.jpg"),
                Arguments.of("empty", ""),
                Arguments.of("over 2000 characters", "https://example.org/" + "a".repeat(2000)));
    }

    /** What the rule keeps, links and images alike. */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("https", "https://example.org/images/x.jpg"),
                Arguments.of("http", "http://example.org/images/x.jpg"),
                Arguments.of("upper-case scheme", "HTTPS://Example.org/images/x.jpg"),
                Arguments.of("escapes and a query", "https://example.org/wiki/Special%3ASearch?q=a%20b#top"),
                Arguments.of("non-ASCII path", "https://de.wikipedia.org/wiki/Köln"),
                Arguments.of("root-relative", "/images/x.jpg"),
                Arguments.of("parent-relative", "../x.jpg"),
                Arguments.of("document-relative", "x.jpg"));
    }

    /** Where a URL enters content, the field a refusal names, and where a read serves it. */
    enum Target {
        HERO_IMAGE(true, "heroImage.url", url -> article().withHeroAt(url).published(),
                Reads.article("heroImage.url")),
        BODY_IMAGE(true, "body.blocks[1].image.url", url -> article().body(Block.paragraph("Before."),
                Block.image(new ImageView(url, "Alt", "Caption", "Credit", 10, 20))).published(),
                Reads.article("body.blocks[1].image.url")),
        BODY_EMBED(false, "body.blocks[1].url", url -> article().body(Block.paragraph("Before."),
                Block.embed(url, "video")).published(), Reads.article("body.blocks[1].url")),
        PARAGRAPH_LINK(false, "body.blocks[1].html", url -> article().body(Block.paragraph("Before."),
                Block.paragraph("Read <a href=\"" + url + "\">this</a>.")).published(),
                Reads.articleHref("body.blocks[1].html")),
        LIST_ITEM_LINK(false, "body.blocks[1].items[1]", url -> article().body(Block.paragraph("Before."),
                Block.list(false, List.of("plain", "<a href=\"" + url + "\">this</a>"))).published(),
                Reads.articleHref("body.blocks[1].items[1]")),
        AUTHOR_AVATAR(true, "avatar.url", url -> Fixtures.author(new ImageView(url, null, null, null, 64, 64),
                List.of()), Reads.author("avatar.url")),
        AUTHOR_SOCIAL_LINK(false, "socialLinks[1].url", url -> Fixtures.author(null,
                List.of(new SocialLink("x", "https://x.com/someone"), new SocialLink("other", url))),
                Reads.author("socialLinks[1].url")),
        SITE_URL(false, "url", url -> storeSite(url, List.of()), Reads.site("url")),
        SITE_SOCIAL_LINK(false, "socialLinks[1].url", url -> storeSite("https://site.example",
                List.of(new SiteView.Social("x", "X", "https://x.com/site"), new SiteView.Social("other", "Other",
                        url))), Reads.site("socialLinks[1].url"));

        final boolean image;
        final String field;
        final Function<String, String> write;
        final Reads read;

        Target(boolean image, String field, Function<String, String> write, Reads read) {
            this.image = image;
            this.field = field;
            this.write = write;
            this.read = read;
        }
    }

    /** How to read back what a target stored: the path, and the JSON path holding the URL or the HTML. */
    record Reads(Function<String, String> path, String jsonPath, boolean inHtml) {

        static Reads article(String jsonPath) {
            return new Reads(slug -> "/api/v1/articles/" + slug, jsonPath, false);
        }

        static Reads articleHref(String jsonPath) {
            return new Reads(slug -> "/api/v1/articles/" + slug, jsonPath, true);
        }

        static Reads author(String jsonPath) {
            return new Reads(slug -> "/api/v1/authors/" + slug, jsonPath, false);
        }

        static Reads site(String jsonPath) {
            return new Reads(ignored -> "/api/v1/site", jsonPath, false);
        }

        Matcher<?> serves(String url) {
            return inHtml ? containsString("href=\"" + Entities.escape(url) + "\"") : equalTo(url);
        }
    }

    static Stream<Arguments> hostileEverywhere() {
        return Stream.of(Target.values()).flatMap(t -> hostile().map(a -> Arguments.of(t, a.get()[0], a.get()[1])));
    }

    static Stream<Arguments> acceptedEverywhere() {
        return Stream.of(Target.values()).flatMap(t -> accepted().map(a -> Arguments.of(t, a.get()[0], a.get()[1])));
    }

    static Stream<Target> imageTargets() {
        return Stream.of(Target.values()).filter(t -> t.image);
    }

    static Stream<Target> linkTargets() {
        return Stream.of(Target.values()).filter(t -> !t.image);
    }

    @Inject
    EntityManager entities;

    private SiteView siteBefore;

    @BeforeEach
    void rememberTheSite() {
        siteBefore = site().site();
    }

    @AfterEach
    void restoreTheSite() {
        site().store(siteBefore.name(), siteBefore.description(), siteBefore.url(), siteBefore.socialLinks());
        Fixtures.forgetCachedAnswers();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileEverywhere")
    void hostileUrlIsRefusedWith400NamingTheFieldAndNothingIsStored(Target target, String spelling, String url) {
        var before = stored();

        assertRefused(target, url);

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imageTargets")
    void mailtoIsALinkNotAnImage(Target target) {
        var before = stored();

        assertRefused(target, "mailto:desk@example.org");

        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("acceptedEverywhere")
    void safeUrlIsStoredAndServedAsWritten(Target target, String kind, String url) {
        var key = target.write.apply(url);

        given().get(target.read.path().apply(key)).then().statusCode(200)
                .body(target.read.jsonPath(), target.read.serves(url));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkTargets")
    void mailtoLinkIsStoredAndServed(Target target) {
        var url = "mailto:desk@example.org?subject=Hello%20desk";
        var key = target.write.apply(url);

        given().get(target.read.path().apply(key)).then().statusCode(200)
                .body(target.read.jsonPath(), target.read.serves(url));
    }

    @Test
    void surroundingSpaceIsStrippedBeforeStoring() {
        var slug = article().withHeroAt("  https://example.org/hero.jpg\n").published();

        given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("heroImage.url", equalTo("https://example.org/hero.jpg"));
    }

    @Test
    void refusalSaysWhatIsAllowedAndWhichSchemeWasNot() {
        assertThatThrownBy(() -> article().withHeroAt("JaVaScRiPt:alert(1)").published())
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("heroImage.url must be an http or https URL or a relative path; "
                        + "javascript: is not allowed.");
        assertThatThrownBy(() -> Fixtures.author(null, List.of(new SocialLink("x", "//evil.example"))))
                .hasMessage("socialLinks[0].url must be an http, https or mailto URL or a relative path; "
                        + "a protocol-relative address (//host) is not allowed, write https://host.");
        assertThatThrownBy(() -> article().body(Block.paragraph("<a href=\"vbscript:x\">x</a>")).published())
                .hasMessage("body.blocks[0].html has a link (a href) that must be an http, https or mailto URL or a "
                        + "relative path; vbscript: is not allowed.");
    }

    private static void assertRefused(Target target, String url) {
        assertThatThrownBy(() -> target.write.apply(url))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.type()).isEqualTo("invalid-parameter");
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo(target.field);
                    assertThat(e.getMessage()).startsWith(target.field + " ");
                });
    }

    private static SiteService site() {
        return Arc.container().instance(SiteService.class).get();
    }

    private static String storeSite(String url, List<SiteView.Social> socialLinks) {
        site().store("Site", "About the site", url, socialLinks);
        // Written behind the change log, as fixtures are.
        Fixtures.forgetCachedAnswers();
        return "site";
    }

    /** Everything a refused write could have left behind, so a comparison shows it left nothing. */
    private List<Object> stored() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var state = new ArrayList<Object>();
            for (var table : List.of("article", "article_body", "article_author", "image", "author",
                    "author_social_link", "site_social_link")) {
                state.add(table + "=" + entities.createNativeQuery("select count(*) from " + table).getSingleResult());
            }
            state.addAll(entities.createNativeQuery("select name, description, url from site").getResultList()
                    .stream().map(row -> Arrays.toString((Object[]) row)).toList());
            state.addAll(entities.createNativeQuery("select url from site_social_link order by position")
                    .getResultList());
            return state;
        });
    }
}
