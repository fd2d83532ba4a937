package dev.masthead.newsletter;

import dev.masthead.content.Slugs;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The newsletters readers can subscribe to. */
@PublicRead
@ApplicationScoped
public class NewsletterListService {

    /** The list a signup box offers by default, if any list exists. */
    @Transactional
    public Optional<NewsletterListView> defaultList() {
        return NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional()
                .map(NewsletterListView::of);
    }

    /** Every list, the default first. */
    @Transactional
    public NewsletterLists lists() {
        return new NewsletterLists(NewsletterList.<NewsletterList>find("order by isDefault desc, name, id").stream()
                .map(NewsletterListView::of).toList());
    }

    /**
     * The list a signup names, or the default list when it names none; in the caller's
     * transaction.
     *
     * @throws InvalidParameterException naming {@code list} when there is no such list
     */
    public static NewsletterList named(String slug) {
        if (slug == null || slug.isBlank()) {
            return NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional()
                    .orElseThrow(() -> new InvalidParameterException("list", "is required: there is no default newsletter"));
        }
        var wanted = slug.strip();
        // A slug that cannot exist (say, with a NUL byte, which PostgreSQL refuses outright) is not looked up.
        var list = Slugs.isValid(wanted)
                ? NewsletterList.<NewsletterList>find("slug", wanted).firstResultOptional()
                : Optional.<NewsletterList>empty();
        return list.orElseThrow(() -> new InvalidParameterException("list",
                "is not a newsletter; GET /api/v1/newsletter/lists names them"));
    }
}
