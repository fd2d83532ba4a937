package dev.masthead.feeds;

import dev.masthead.content.article.ArticleSummary;
import dev.masthead.content.image.ImageView;
import dev.masthead.web.frontend.FrontendUrls;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The absolute links a feed carries: readers follow them to the publication's own pages
 * (the frontend's URL templates), never to the API; a feed's items are read far from the
 * page that listed them, so a relative image path is resolved against the home page.
 */
@ApplicationScoped
public class FeedLinks {

    private static final Map<String, String> IMAGE_TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "gif", "image/gif", "webp", "image/webp", "avif", "image/avif",
            "svg", "image/svg+xml");

    private final FrontendUrls frontend;

    public FeedLinks(FrontendUrls frontend) {
        this.frontend = frontend;
    }

    /** The article's page: its item's link and permanent id. */
    public String article(ArticleSummary article) {
        return frontend.article(article.section().slug(), article.slug());
    }

    /** The page a feed describes: the section's page for a section's feed, else the home page. */
    public String home(FeedContent feed) {
        return feed.section() != null ? frontend.section(feed.section()) : frontend.home();
    }

    /** The hero image's absolute URL; empty without one, or when its URL cannot be made absolute. */
    public Optional<String> image(ImageView image) {
        if (image == null) {
            return Optional.empty();
        }
        try {
            var uri = URI.create(frontend.home()).resolve(image.url());
            return uri.isAbsolute() ? Optional.of(uri.toString()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The image's media type, from its file name's extension; empty when the name does not tell. */
    public static Optional<String> imageType(String url) {
        var path = URI.create(url).getPath();
        if (path == null) {
            return Optional.empty();
        }
        var dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.ofNullable(IMAGE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
