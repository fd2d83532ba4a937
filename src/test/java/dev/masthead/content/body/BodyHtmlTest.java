package dev.masthead.content.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.content.image.ImageView;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second line: whatever {@link Body#render()} assembles passes through a cleaner that
 * allows exactly what it should emit. A plain unit test, because no stored body can make
 * rendering emit anything else; that is the point of a second line.
 */
class BodyHtmlTest {

    @Test
    void everyBlockKindRendersThroughTheSecondCleanerUnchanged() {
        var body = Body.sanitized("body.blocks", List.of(
                Block.paragraph("<b>b</b> <strong>strong</strong> <i>i</i> <em>em</em> <u>u</u> <s>s</s> a<br>b "
                        + "<code>code</code> H<sub>2</sub>O x<sup>2</sup> <small>small</small> <q>q</q> "
                        + "<cite>cite</cite> <abbr title=\"North Atlantic\">NATO</abbr> <mark>mark</mark> "
                        + "<a href=\"https://example.org/a?b=1&amp;c=2\" title=\"Title\">abs</a> "
                        + "<a href=\"/relative\">rel</a> <a href=\"../up\">up</a> "
                        + "<a href=\"mailto:desk@example.org\">mail</a> Russia's \"quoted\" & <escaped>"),
                Block.heading(2, "Two's"), Block.heading(3, "Three"), Block.heading(4, "Four"),
                Block.quote("A <em>quote</em>", "Someone's name"),
                Block.image(new ImageView("https://img.example/a.jpg?w=1&h=2", "Alt \"x\"", "Caption", "Credit",
                        1600, 900)),
                Block.image(new ImageView("/images/b.jpg", "Alt", null, null, null, null)),
                Block.list(true, List.of("one <a href=\"https://example.org\">link</a>", "two")),
                Block.list(false, List.of("three")),
                Block.embed("https://www.youtube.com/watch?v=abc&t=1", "youtube")));

        var rendered = body.render();
        assertThat(body.html()).isEqualTo(normalized(rendered));
        assertThat(rendered).contains("<figure class=\"embed\">", "<small class=\"credit\">", "width=\"1600\"",
                "<a href=\"/relative\" rel=\"noopener\">", "<abbr title=\"North Atlantic\">", "<h4>Four</h4>",
                "<blockquote><p>A <em>quote</em></p><cite>");
    }

    /** Markup rendering must never produce; here handed to the second cleaner directly. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<p><a href=\"javascript:alert(1)\">x</a></p>",
        "<p><a href=\"JaVaScRiPt:alert(1)\">x</a></p>",
        "<p><a href=\"&#106;avascript:alert(1)\">x</a></p>",
        "<p><a href=\" &#x09;javascript:alert(1)\">x</a></p>",
        "<p><a href=\"%6Aavascript:alert(1)\">x</a></p>",
        "<p><a href=\"//evil.example/x\">x</a></p>",
        "<figure><img src=\"data:text/html;base64,PHNjcmlwdD4=\" alt=\"x\"></figure>",
        "<figure><img src=\"vbscript:msgbox(1)\" alt=\"x\"></figure>",
        "<figure><img src=\"mailto:evil@example.org\" alt=\"x\"></figure>",
        "<figure class=\"embed\"><a href=\"file:///etc/passwd\">x</a></figure>",
        "<p onclick=\"alert(1)\">x</p><script>alert(1)</script>",
        "<iframe src=\"https://evil.example\"></iframe><p style=\"x\">x</p>",
        "<svg onload=\"alert(1)\"></svg><img src=\"/ok.jpg\" onerror=\"alert(1)\">"})
    void secondCleanerRemovesWhatRenderingMustNeverEmit(String hostile) {
        var clean = Body.clean(hostile).toLowerCase(Locale.ROOT);

        assertThat(clean).doesNotContain("javascript", "vbscript", "data:", "file:", "mailto:", "evil",
                "onclick", "onerror", "onload", "alert", "<script", "<iframe", "<svg", "style", "%6a");
    }

    private static String normalized(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        return document.body().html();
    }
}
