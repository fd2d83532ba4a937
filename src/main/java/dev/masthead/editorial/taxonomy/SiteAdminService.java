package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.section.Section;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.events.Change;
import dev.masthead.events.ChangeEvents;
import dev.masthead.events.ChangeKind;
import dev.masthead.newsletter.NewsletterList;
import dev.masthead.site.Site;
import dev.masthead.site.SiteSocialLink;
import dev.masthead.site.SiteView;
import dev.masthead.web.problem.NotFoundException;
import dev.masthead.web.problem.PreconditionFailedException;
import dev.masthead.web.problem.PreconditionRequiredException;
import dev.masthead.web.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The site's settings through the management API: name, description, address, social links,
 * the navigation (which sets the sections' positions) and the default newsletter's blurb. One
 * version covers them all. A change touches {@code site}; a new order also {@code sections}
 * and each moved section's page, a new blurb also {@code newsletters}.
 */
@ApplicationScoped
public class SiteAdminService {

    static final String TYPE = "site";

    private final ChangeEvents events;
    private final Audit audit;
    private final ObjectMapper json;

    public SiteAdminService(ChangeEvents events, Audit audit, ObjectMapper json) {
        this.events = events;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public SiteAdminView get() {
        Site site = Site.findById(Site.ID);
        if (site == null) {
            throw new NotFoundException("site settings", "site");
        }
        return view(site);
    }

    /**
     * Applies a merge patch. {@code ifMatch}, the If-Match header (null when absent), must name the current version;
     * {@code createOnly} (If-None-Match: *) creates the settings when none exist yet.
     */
    @Transactional
    public SiteAdminView update(JsonNode patch, String ifMatch, boolean createOnly, String actor) {
        Site site = Site.findById(Site.ID, LockModeType.PESSIMISTIC_WRITE);
        if (site == null && !createOnly) {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new PreconditionRequiredException("If-None-Match",
                        "is required: no site settings exist yet; send If-None-Match: * to create them");
            }
            throw new PreconditionFailedException("If-Match", "names a version, but no site settings exist yet; "
                    + "send If-None-Match: * to create them");
        }
        if (site != null) {
            if (createOnly) {
                throw new PreconditionFailedException("If-None-Match", "is *, but the site settings exist; send "
                        + "If-Match with their ETag instead");
            }
            IfMatch.require(ifMatch).check("site settings", site.version);
        }
        var sections = Section.<Section>find("order by position, id").list();
        var defaultList = NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional();
        var current = site == null ? null : input(site, sections, defaultList.orElse(null));
        var input = SiteInput.from(MergePatch.apply(current == null ? null : json.valueToTree(current), patch));
        if (input.equals(current)) {
            return view(site);
        }
        var order = order(sections, input.navigation());
        if (input.newsletterBlurb() != null && defaultList.isEmpty()) {
            throw new UnprocessableException("newsletterBlurb", "cannot be set: there is no default newsletter");
        }
        if (input.newsletterBlurb() == null && defaultList.isPresent()) {
            throw new UnprocessableException("newsletterBlurb", "cannot be removed: the default newsletter "
                    + defaultList.get().slug + " needs one");
        }

        var keys = new LinkedHashSet<String>();
        keys.add("site");
        var before = site == null ? null : site.version;
        if (site == null) {
            site = new Site();
            site.id = Site.ID;
        }
        site.name = input.name();
        site.description = input.description();
        site.url = input.url();
        site.version = before == null ? 1 : before + 1;
        site.persist();
        if (current == null || !input.socialLinks().equals(current.socialLinks())) {
            // One by one: the rows are in the session already, and a bulk delete would leave them there.
            SiteSocialLink.<SiteSocialLink>listAll().forEach(SiteSocialLink::delete);
            // The old rows must be gone before the new ones take their positions, the primary key.
            SiteSocialLink.flush();
            for (int i = 0; i < input.socialLinks().size(); i++) {
                var given = input.socialLinks().get(i);
                var link = new SiteSocialLink();
                link.position = i;
                link.network = given.network();
                link.label = given.label();
                link.url = given.url();
                link.persist();
            }
        }
        for (int i = 0; i < order.size(); i++) {
            var section = order.get(i);
            if (section.position != i) {
                section.position = i;
                section.version++;
                keys.add("sections");
                keys.add("section-" + section.slug);
            }
        }
        if (defaultList.isPresent() && !Objects.equals(defaultList.get().blurb, input.newsletterBlurb())) {
            defaultList.get().blurb = input.newsletterBlurb();
            keys.add("newsletters");
        }
        var kind = before == null ? ChangeKind.CREATED : ChangeKind.UPDATED;
        events.record(Change.of(kind, TYPE, Site.ID, null, null, site.version, keys,
                before == null ? Change.Visibility.APPEARS : Change.Visibility.PUBLIC), actor);
        audit.record(actor, Writes.action(TYPE, kind), TYPE, Integer.toString(Site.ID), before, site.version,
                String.join(" ", keys));
        return view(site);
    }

    /** The sections in the order the navigation names them, those it leaves out after, in their current order. */
    private static List<Section> order(List<Section> sections, List<String> navigation) {
        var ordered = new ArrayList<Section>(sections.size());
        for (int i = 0; i < navigation.size(); i++) {
            var slug = navigation.get(i);
            var section = sections.stream().filter(s -> s.slug.equals(slug)).findFirst()
                    .orElseThrow(() -> new UnprocessableException("navigation[" + ordered.size() + "]",
                            "names " + slug + ", which is not a section"));
            ordered.add(section);
        }
        sections.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    private static SiteInput input(Site site, List<Section> sections, NewsletterList defaultList) {
        var links = SiteSocialLink.<SiteSocialLink>find("order by position").stream()
                .map(l -> new SiteView.Social(l.network, l.label, l.url)).toList();
        return new SiteInput(site.name, site.description, site.url, links,
                sections.stream().map(s -> s.slug).toList(), defaultList == null ? null : defaultList.blurb);
    }

    private static SiteAdminView view(Site site) {
        var sections = Section.<Section>find("order by position, id").list();
        var defaultList = NewsletterList.<NewsletterList>find("isDefault = true order by id").firstResultOptional();
        var input = input(site, sections, defaultList.orElse(null));
        return new SiteAdminView(input.name(), input.description(), input.url(), input.socialLinks(),
                input.navigation(), input.newsletterBlurb(), site.version);
    }
}
