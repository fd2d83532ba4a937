package dev.masthead.content.body;

import dev.masthead.content.image.ImageView;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns a writer's HTML into body blocks: paragraphs, headings, quotes, figures, lists and
 * embeds. jsoup parses it as a browser would; each block's inline HTML is then cleaned by
 * {@link Body#sanitized}'s safelist, so what is not a block (scripts, styles, forms, event
 * handlers) is dropped here and what is not allowed inline is dropped there.
 */
public final class HtmlBlocks {

    private HtmlBlocks() {
    }

    /** Containers (div, section, ...) nested deeper than this are read as one paragraph. */
    static final int MAX_DEPTH = 32;

    public static List<Block> of(String html) {
        var blocks = new ArrayList<Block>();
        collect(Jsoup.parseBodyFragment(html).body(), blocks, 0);
        return blocks;
    }

    /** The blocks of a container's children, parsed once: nested containers are walked, not re-parsed. */
    private static void collect(Element container, List<Block> blocks, int depth) {
        var inline = new StringBuilder();
        for (var node : container.childNodes()) {
            if (node instanceof Element element && isBlock(element)) {
                flush(inline, blocks);
                if (isContainer(element)) {
                    if (depth < MAX_DEPTH) {
                        collect(element, blocks, depth + 1);
                    } else {
                        paragraph(org.jsoup.nodes.Entities.escape(element.text()), blocks);
                    }
                } else {
                    block(element, blocks);
                }
            } else {
                inline.append(node instanceof TextNode text ? text.outerHtml() : node.outerHtml());
            }
        }
        flush(inline, blocks);
    }

    private static boolean isContainer(Element element) {
        return switch (element.normalName()) {
            case "div", "section", "article", "header", "footer", "aside", "main" -> true;
            default -> false;
        };
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "img", "ul", "ol", "iframe", "div",
                    "section", "article", "header", "footer", "aside", "main", "pre", "hr", "table", "script", "style",
                    "form", "template", "noscript", "object", "embed", "video", "audio" -> true;
            default -> false;
        };
    }

    private static void block(Element element, List<Block> blocks) {
        switch (element.normalName()) {
            case "p", "pre" -> {
                var only = element.children().size() == 1 && element.ownText().isBlank() ? element.child(0) : null;
                if (only != null && only.normalName().equals("img")) {
                    // An image alone in a paragraph, as editors and exports write it: a figure of its own.
                    image(only, null, blocks);
                } else {
                    paragraph(element.html(), blocks);
                }
            }
            case "h1", "h2" -> heading(2, element, blocks);
            case "h3" -> heading(3, element, blocks);
            case "h4", "h5", "h6" -> heading(4, element, blocks);
            case "blockquote" -> {
                var cite = element.selectFirst("cite, footer");
                var citeText = cite == null ? null : cite.text().strip();
                if (cite != null) {
                    cite.remove();
                }
                var paragraphs = element.select("> p");
                var html = paragraphs.isEmpty() ? element.html()
                        : String.join("<br>", paragraphs.stream().map(Element::html).toList());
                if (!isBlank(html)) {
                    blocks.add(Block.quote(html.strip(), citeText == null || citeText.isEmpty() ? null : citeText));
                }
            }
            case "figure" -> {
                var img = element.selectFirst("img");
                var iframe = element.selectFirst("iframe");
                if (img != null) {
                    var caption = element.selectFirst("figcaption");
                    image(img, caption == null ? null : caption.text().strip(), blocks);
                } else if (iframe != null) {
                    embed(iframe, blocks);
                }
            }
            case "img" -> image(element, null, blocks);
            case "ul", "ol" -> {
                var items = element.select("> li").stream().map(li -> li.html().strip()).filter(i -> !i.isEmpty())
                        .toList();
                if (!items.isEmpty()) {
                    blocks.add(Block.list(element.normalName().equals("ol"), items));
                }
            }
            case "iframe" -> embed(element, blocks);
            default -> {
                // hr, tables, scripts, styles, forms, media: nothing a body block can carry.
            }
        }
    }

    private static void paragraph(String html, List<Block> blocks) {
        if (!isBlank(html)) {
            blocks.add(Block.paragraph(html.strip()));
        }
    }

    private static void heading(int level, Element element, List<Block> blocks) {
        var text = element.text().strip();
        if (!text.isEmpty()) {
            blocks.add(Block.heading(level, text));
        }
    }

    private static void image(Element img, String caption, List<Block> blocks) {
        var src = img.attr("src").strip();
        if (src.isEmpty()) {
            return;
        }
        blocks.add(Block.image(new ImageView(src, img.attr("alt").strip(), caption == null || caption.isEmpty() ? null
                : caption, null, dimension(img.attr("width")), dimension(img.attr("height")))));
    }

    private static void embed(Element iframe, List<Block> blocks) {
        var src = iframe.attr("src").strip();
        if (!src.isEmpty()) {
            blocks.add(Block.embed(src, provider(src)));
        }
    }

    /**
     * Who serves an embed, from its URL's host alone: a frontend may trust {@code youtube}
     * to mean YouTube, so a writer's claim, or a host merely mentioned in the query, never sets it.
     */
    public static String provider(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("youtube.com") || host.endsWith(".youtube.com") || host.equals("youtu.be")
                || host.equals("youtube-nocookie.com") || host.endsWith(".youtube-nocookie.com")) {
            return "youtube";
        }
        if (host.equals("vimeo.com") || host.endsWith(".vimeo.com")) {
            return "vimeo";
        }
        return null;
    }

    /** The block with its embed provider taken from its URL (other blocks as they are). */
    public static Block withProvider(Block b) {
        if (b == null || b.type() != BlockType.embed) {
            return b;
        }
        return new Block(b.type(), b.html(), b.text(), b.level(), b.cite(), b.ordered(), b.items(), b.image(), b.url(),
                provider(b.url()));
    }

    private static Integer dimension(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 && n <= 100_000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void flush(StringBuilder inline, List<Block> blocks) {
        paragraph(inline.toString(), blocks);
        inline.setLength(0);
    }

    private static boolean isBlank(String html) {
        return Jsoup.parseBodyFragment(html).text().isBlank() && !html.contains("<img");
    }

}
