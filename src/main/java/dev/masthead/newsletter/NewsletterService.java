package dev.masthead.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Newsletter lists; signups arrive with the newsletter issue. */
@ApplicationScoped
public class NewsletterService {

    /** The list a signup box offers by default, if any list exists. */
    @Transactional
    public Optional<NewsletterListView> defaultList() {
        return NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional()
                .map(NewsletterListView::of);
    }
}
