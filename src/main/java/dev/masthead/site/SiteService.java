package dev.masthead.site;

import dev.masthead.content.Urls;
import dev.masthead.content.section.SectionRef;
import dev.masthead.content.section.SectionService;
import dev.masthead.database.PublicRead;
import dev.masthead.newsletter.NewsletterListService;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

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
        // Held to the URL rule again on the way out: rows stored before it, or behind its back, never reach a reader.
        var social = SiteSocialLink.<SiteSocialLink>find("order by position").stream()
                .filter(l -> Urls.isSafeLink(l.url))
                .map(l -> new SiteView.Social(l.network, l.label, l.url)).toList();
        var navigation = sections.all().data().stream().map(s -> new SectionRef(s.slug(), s.name())).toList();
        return new SiteView(site.name, site.description, Urls.isSafeLink(site.url) ? site.url : null, social,
                navigation, newsletters.defaultList().orElse(null));
    }

    /**
     * Stores the site's settings, replacing its social links. URLs must pass {@link Urls}
     * and are refused as {@code url} and {@code socialLinks[i].url} before anything changes.
     */
    @Transactional
    public void store(String name, String description, String url, List<SiteView.Social> socialLinks) {
        var siteUrl = url == null ? null : Urls.requireLink("url", url);
        var links = new ArrayList<SiteSocialLink>(socialLinks.size());
        for (int i = 0; i < socialLinks.size(); i++) {
            var given = socialLinks.get(i);
            var link = new SiteSocialLink();
            link.position = i;
            link.network = given.network();
            link.label = given.label();
            link.url = Urls.requireLink("socialLinks[" + i + "].url", given.url());
            links.add(link);
        }
        Site site = Site.findById(Site.ID);
        if (site == null) {
            site = new Site();
            site.id = Site.ID;
        }
        site.name = name;
        site.description = description;
        site.url = siteUrl;
        site.persist();
        SiteSocialLink.<SiteSocialLink>listAll().forEach(SiteSocialLink::delete);
        // The old rows must be gone before the new ones take their positions, the primary key.
        SiteSocialLink.flush();
        SiteSocialLink.persist(links);
    }
}
