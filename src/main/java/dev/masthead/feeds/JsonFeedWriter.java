package dev.masthead.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.article.ArticleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.1. An item must carry content_html or content_text: a full-content feed gives
 * the body as HTML, an excerpt feed the excerpt as text; both give the excerpt as summary.
 */
@ApplicationScoped
public class JsonFeedWriter {

    private final FeedLinks links;
    private final ObjectMapper json;

    public JsonFeedWriter(FeedLinks links, ObjectMapper json) {
        this.links = links;
        this.json = json;
    }

    public byte[] write(FeedContent feed, String self) {
        var document = new JsonFeed(JsonFeed.VERSION, feed.title(), links.home(feed), self,
                feed.description() != null && !feed.description().isBlank() ? feed.description() : null,
                List.of(new JsonFeed.Author(feed.publication())),
                feed.articles().stream().map(a -> item(feed, a)).toList());
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonFeed.Item item(FeedContent feed, ArticleSummary article) {
        var url = links.article(article);
        var body = feed.bodies().get(article.slug());
        var tags = new ArrayList<String>();
        tags.add(article.section().name());
        article.tags().forEach(t -> tags.add(t.name()));
        return new JsonFeed.Item(url, url, article.headline(), body, body == null ? article.excerpt() : null,
                article.excerpt(), links.image(article.heroImage()).orElse(null), time(article.publishedAt()),
                time(article.updatedAt()),
                article.authors().isEmpty() ? null
                        : article.authors().stream().map(a -> new JsonFeed.Author(a.name())).toList(),
                tags);
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
