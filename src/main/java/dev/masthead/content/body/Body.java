package dev.masthead.content.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * An article body: its blocks, sanitized once when stored, and the forms served from
 * them. Writers' inline HTML goes through jsoup's allow-list cleaner; everything else is
 * escaped text.
 */
public final class Body {

    /** Words a reader gets through per minute; behind every reading time. */
    public static final int WORDS_PER_MINUTE = 230;

    private static final Safelist INLINE = new Safelist()
            .addTags("a", "b", "strong", "i", "em", "u", "s", "br", "code", "sub", "sup", "small", "q", "cite",
                    "abbr", "mark")
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private final List<Block> blocks;

    private Body(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** A body whose inline HTML is cleaned; use for anything a writer typed. */
    public static Body sanitized(List<Block> blocks) {
        var clean = new ArrayList<Block>(blocks.size());
        for (var b : blocks) {
            clean.add(new Block(b.type(), cleanInline(b.html()), b.text(), b.level(), b.cite(), b.ordered(),
                    b.items() == null ? null : b.items().stream().map(Body::cleanInline).toList(),
                    b.image(), b.url(), b.provider()));
        }
        return new Body(clean);
    }

    /** A body read back from storage, where it was sanitized on the way in. */
    public static Body stored(List<Block> blocks) {
        return new Body(blocks);
    }

    public List<Block> blocks() {
        return blocks;
    }

    public String html() {
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
                case embed -> out.append("<figure class=\"embed\"><a href=\"").append(escape(b.url()))
                        .append("\" rel=\"noopener\">").append(escape(b.url())).append("</a></figure>");
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
        return html == null ? null : Jsoup.clean(html, "", INLINE, COMPACT);
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
