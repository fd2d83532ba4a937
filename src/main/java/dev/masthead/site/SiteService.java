package dev.masthead.site;

import dev.masthead.content.section.SectionRef;
import dev.masthead.content.section.SectionService;
import dev.masthead.database.PublicRead;
import dev.masthead.newsletter.NewsletterListService;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The publication's frame. */
@PublicRead
@ApplicationScoped
public class SiteService {

    private final SectionService sections;
    private final NewsletterListService newsletters;

    public SiteService(SectionService sections, NewsletterListService newsletters) {
        this.sections = sections;
        this.newsletters = newsletters;
    }

    @Transactional
    public SiteView site() {
        Site site = Site.findById(Site.ID);
        if (site == null) {
            throw new NotFoundException("site settings", "site");
        }
        var social = SiteSocialLink.<SiteSocialLink>find("order by position").stream()
                .map(l -> new SiteView.Social(l.network, l.label, l.url)).toList();
        var navigation = sections.all().data().stream().map(s -> new SectionRef(s.slug(), s.name())).toList();
        return new SiteView(site.name, site.description, site.url, social, navigation,
                newsletters.defaultList().orElse(null));
    }
}
