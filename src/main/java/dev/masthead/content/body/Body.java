package dev.masthead.content.body;

import dev.masthead.content.Urls;
import dev.masthead.content.image.ImageView;
import dev.masthead.web.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * An article body: its blocks and the forms served from them. Writers' inline HTML goes
 * through jsoup's allow-list cleaner and every URL through {@link Urls}; everything else
 * is escaped text. The rendered HTML passes through a second cleaner that allows exactly
 * what {@link #html()} emits, so a mistake in rendering cannot reach a reader either.
 */
public final class Body {

    /** Words a reader gets through per minute; behind every reading time. */
    public static final int WORDS_PER_MINUTE = 230;

    /**
     * jsoup checks a link's protocol on its absolute form; relative links are resolved
     * against this address only for that check, and kept as written.
     */
    private static final String CHECK_BASE = "https://masthead.invalid/";

    private static final String[] INLINE_TAGS = {"a", "b", "strong", "i", "em", "u", "s", "br", "code", "sub", "sup",
        "small", "q", "cite", "abbr", "mark"};

    private static final Safelist INLINE = new UrlCheckingSafelist()
            .addTags(INLINE_TAGS)
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    /** Exactly the tags and attributes {@link #render()} emits. */
    private static final Safelist RENDERED = new UrlCheckingSafelist()
            .addTags(INLINE_TAGS)
            .addTags("p", "h2", "h3", "h4", "blockquote", "figure", "figcaption", "img", "ul", "ol", "li")
            .addAttributes("a", "href", "rel", "title")
            .addAttributes("abbr", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("figure", "class")
            .addAttributes("small", "class")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private final List<Block> blocks;

    private Body(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * A body from a writer: every URL must pass {@link Urls} (refused with a 400 naming
     * {@code field[i]...} otherwise) and inline HTML is cleaned.
     *
     * @param field how the writer's input names the block list, e.g. {@code body.blocks}
     */
    public static Body sanitized(String field, List<Block> blocks) {
        var clean = new ArrayList<Block>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            var b = blocks.get(i);
            var at = field + "[" + i + "]";
            requireSafeLinks(at + ".html", b.html());
            List<String> items = null;
            if (b.items() != null) {
                items = new ArrayList<>(b.items().size());
                for (int j = 0; j < b.items().size(); j++) {
                    requireSafeLinks(at + ".items[" + j + "]", b.items().get(j));
                    items.add(cleanInline(b.items().get(j)));
                }
            }
            var image = b.image() == null ? null
                    : withUrl(b.image(), Urls.requireImage(at + ".image.url", b.image().url()));
            var url = b.url() == null && b.type() != BlockType.embed ? null : Urls.requireLink(at + ".url", b.url());
            clean.add(new Block(b.type(), cleanInline(b.html()), b.text(), b.level(), b.cite(), b.ordered(), items,
                    image, url, b.provider()));
        }
        return new Body(clean);
    }

    /**
     * A body read back from storage. It was checked on the way in, but rows written before
     * the URL rule, or behind the writer's back, are held to it again: inline HTML is
     * cleaned, and an image or embed whose URL fails is left out.
     */
    public static Body stored(List<Block> blocks) {
        var safe = new ArrayList<Block>(blocks.size());
        for (var b : blocks) {
            var image = b.image() != null && Urls.isSafeImage(b.image().url()) ? b.image() : null;
            var url = Urls.isSafeLink(b.url()) ? b.url() : null;
            if ((b.type() == BlockType.image && image == null) || (b.type() == BlockType.embed && url == null)) {
                // An image or embed whose address fails the rule has nothing left to show: the
                // block goes, rather than reaching clients as a block without its one field.
                continue;
            }
            safe.add(new Block(b.type(), cleanInline(b.html()), b.text(), b.level(), b.cite(), b.ordered(),
                    b.items() == null ? null : b.items().stream().map(Body::cleanInline).toList(), image, url,
                    b.provider()));
        }
        return new Body(safe);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The body as HTML, through the second cleaner. */
    public String html() {
        return clean(render());
    }

    /** The second line: rendered HTML keeps only what {@link #render()} is meant to emit. */
    static String clean(String rendered) {
        return Jsoup.clean(rendered, CHECK_BASE, RENDERED, COMPACT);
    }

    /** The body as HTML, as assembled from the blocks. */
    String render() {
        var out = new StringBuilder();
        for (var b : blocks) {
            switch (b.type()) {
                case paragraph -> out.append("<p>").append(nullToEmpty(b.html())).append("</p>");
                case heading -> {
                    int level = b.level() == null ? 2 : Math.max(2, Math.min(4, b.level()));
                    out.append("<h").append(level).append('>').append(escape(b.text()))
                            .append("</h").append(level).append('>');
                }
                case quote -> {
                    out.append("<blockquote><p>").append(nullToEmpty(b.html())).append("</p>");
                    if (b.cite() != null) {
                        out.append("<cite>").append(escape(b.cite())).append("</cite>");
                    }
                    out.append("</blockquote>");
                }
                case image -> {
                    var img = b.image();
                    if (img == null) {
                        continue;
                    }
                    out.append("<figure><img src=\"").append(escape(img.url())).append("\" alt=\"")
                            .append(escape(img.alt())).append('"');
                    if (img.width() != null && img.height() != null) {
                        out.append(" width=\"").append(img.width()).append("\" height=\"").append(img.height())
                                .append('"');
                    }
                    out.append('>');
                    if (img.caption() != null || img.credit() != null) {
                        out.append("<figcaption>");
                        if (img.caption() != null) {
                            out.append(escape(img.caption()));
                        }
                        if (img.credit() != null) {
                            out.append(" <small class=\"credit\">").append(escape(img.credit())).append("</small>");
                        }
                        out.append("</figcaption>");
                    }
                    out.append("</figure>");
                }
                case list -> {
                    var tag = Boolean.TRUE.equals(b.ordered()) ? "ol" : "ul";
                    out.append('<').append(tag).append('>');
                    for (var item : b.items() == null ? List.<String>of() : b.items()) {
                        out.append("<li>").append(item).append("</li>");
                    }
                    out.append("</").append(tag).append('>');
                }
                case embed -> {
                    if (b.url() == null) {
                        continue;
                    }
                    out.append("<figure class=\"embed\"><a href=\"").append(escape(b.url()))
                            .append("\" rel=\"noopener\">").append(escape(b.url())).append("</a></figure>");
                }
            }
        }
        return out.toString();
    }

    /** Plain text, one paragraph per block, separated by blank lines; no markup, entities decoded. */
    public String text() {
        var parts = new ArrayList<String>();
        for (var b : blocks) {
            switch (b.type()) {
                case paragraph -> parts.add(textOf(b.html()));
                case heading -> parts.add(nullToEmpty(b.text()));
                case quote -> parts.add(textOf(b.html()) + (b.cite() == null ? "" : " — " + b.cite()));
                case image -> {
                    if (b.image() != null && b.image().caption() != null) {
                        parts.add(b.image().caption());
                    }
                }
                case list -> {
                    for (var item : b.items() == null ? List.<String>of() : b.items()) {
                        parts.add("• " + textOf(item));
                    }
                }
                case embed -> parts.add(nullToEmpty(b.url()));
            }
        }
        parts.removeIf(String::isBlank);
        return String.join("\n\n", parts);
    }

    /** The text of the opening paragraphs, at most {@code maxChars} long; what excerpts are cut from. */
    public String leadText(int maxChars) {
        var lead = new StringBuilder();
        for (var b : blocks) {
            if (b.type() != BlockType.paragraph) {
                continue;
            }
            var text = textOf(b.html());
            if (text.isBlank()) {
                continue;
            }
            if (lead.length() > 0) {
                lead.append("\n\n");
            }
            lead.append(text);
            if (lead.length() >= maxChars) {
                break;
            }
        }
        return lead.length() <= maxChars ? lead.toString() : lead.substring(0, maxChars);
    }

    public int wordCount() {
        var text = text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    public static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static String cleanInline(String html) {
        return html == null ? null : Jsoup.clean(html, CHECK_BASE, INLINE, COMPACT);
    }

    /** Refuses inline HTML with a link that fails {@link Urls}; the cleaner would only drop it silently. */
    private static void requireSafeLinks(String field, String html) {
        if (html == null) {
            return;
        }
        for (var link : Jsoup.parseBodyFragment(html).select("a[href]")) {
            var problem = Urls.linkProblem(link.attr("href"));
            if (problem != null) {
                throw new InvalidParameterException(field, "has a link (a href) that " + problem);
            }
        }
    }

    private static ImageView withUrl(ImageView image, String url) {
        return new ImageView(url, image.alt(), image.caption(), image.credit(), image.width(), image.height());
    }

    /**
     * jsoup's protocol check accepts any relative link and any host; the links and images
     * it lets through must also pass {@link Urls}, so both cleaners apply the same rule as
     * the writer.
     */
    private static final class UrlCheckingSafelist extends Safelist {

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            return switch (attribute.getKey()) {
                case "href" -> Urls.isSafeLink(attribute.getValue());
                case "src" -> Urls.isSafeImage(attribute.getValue());
                default -> true;
            };
        }
    }

    private static String textOf(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }

    private static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
