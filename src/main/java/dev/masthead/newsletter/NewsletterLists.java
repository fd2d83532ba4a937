package dev.masthead.newsletter;

import dev.masthead.web.cache.ListBody;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every newsletter readers can subscribe to. */
@Schema(name = "NewsletterLists", description = "Every newsletter readers can subscribe to, the default first.")
public record NewsletterLists(@Schema(required = true) List<NewsletterListView> data) implements ListBody {

    @Override
    public String nextCursor() {
        return null;
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("newsletters");
    }
}
