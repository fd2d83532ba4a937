package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.FormerSlugs;
import dev.masthead.content.article.Article;
import dev.masthead.content.section.Section;
import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.editorial.token.TokenPage;
import dev.masthead.events.Change;
import dev.masthead.events.ChangeEvents;
import dev.masthead.events.ChangeKind;
import dev.masthead.web.problem.ConflictException;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.NotFoundException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Sections through the management API. Each write locks the row, checks If-Match against its
 * version, and records one change event and one audit entry in its own transaction. A section
 * shows in its page, the section list, the site's navigation and every article and teaser in it,
 * so its changes touch {@code section-<slug>}, {@code sections}, {@code site} and {@code articles}.
 */
@ApplicationScoped
public class SectionAdminService {

    static final String TYPE = "section";

    private final ChangeEvents events;
    private final Audit audit;
    private final FormerSlugs formerSlugs;
    private final ObjectMapper json;
    private final Clock clock;

    public SectionAdminService(ChangeEvents events, Audit audit, FormerSlugs formerSlugs, ObjectMapper json,
            Clock clock) {
        this.events = events;
        this.audit = audit;
        this.formerSlugs = formerSlugs;
        this.json = json;
        this.clock = clock;
    }

    /** In navigation order; the cursor holds the last section's position and id. */
    @Transactional
    public SectionAdminPage list(int limit, String cursor) {
        List<Section> rows;
        if (cursor == null) {
            rows = Section.find("order by position, id").page(0, limit + 1).list();
        } else {
            var after = AdminCursor.decode(cursor).id().split(":");
            long position;
            long id;
            try {
                position = Long.parseLong(after[0]);
                id = Long.parseLong(after[1]);
            } catch (RuntimeException e) {
                throw new InvalidParameterException("cursor", "is not a cursor from this list; pass back page.nextCursor as it came");
            }
            rows = Section.find("position > :p or (position = :p and id > :id) order by position, id",
                    Parameters.with("p", (int) position).and("id", id)).page(0, limit + 1).list();
        }
        var views = rows.stream().limit(limit).map(SectionAdminView::of).toList();
        var last = rows.size() > limit ? rows.get(limit - 1) : null;
        return new SectionAdminPage(views, new TokenPage.PageInfo(limit,
                last == null ? null : new AdminCursor(Instant.EPOCH, last.position + ":" + last.id).encode()));
    }

    @Transactional
    public SectionAdminView get(long id) {
        return SectionAdminView.of(find(id, LockModeType.NONE));
    }

    @Transactional
    public SectionAdminView create(JsonNode body, String actor) {
        var input = SectionInput.from(body);
        requireFree(input.slug());
        var section = new Section();
        apply(section, input);
        if (input.position() == null) {
            var max = Section.getEntityManager().createQuery("select max(s.position) from Section s", Integer.class)
                    .getSingleResult();
            section.position = max == null ? 0 : max + 1;
        }
        section.persist();
        Writes.flush(TYPE, section.slug);
        formerSlugs.release(FormerSlugs.Kind.SECTION, section.slug);
        events.record(Change.of(ChangeKind.CREATED, TYPE, section.id, null, section.slug, section.version,
                keys(section.slug, section.slug), Change.Visibility.APPEARS), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.CREATED), TYPE, section.id.toString(), null,
                section.version, section.slug);
        return SectionAdminView.of(section);
    }

    /** Applies a merge patch; a patch that changes nothing records nothing and keeps the version. */
    @Transactional
    public SectionAdminView update(long id, JsonNode patch, IfMatch ifMatch, String actor) {
        var section = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, section.version);
        var input = SectionInput.from(MergePatch.apply(SectionInput.of(section, json), patch));
        var oldSlug = section.slug;
        if (Objects.equals(input, new SectionInput(section.slug, section.name, section.description, section.position))) {
            return SectionAdminView.of(section);
        }
        var slugChanged = !oldSlug.equals(input.slug());
        if (slugChanged) {
            requireFree(input.slug());
        }
        var before = section.version;
        apply(section, input);
        section.version = before + 1;
        Writes.flush(TYPE, section.slug);
        var kind = slugChanged ? ChangeKind.SLUG_CHANGED : ChangeKind.UPDATED;
        if (slugChanged) {
            formerSlugs.release(FormerSlugs.Kind.SECTION, section.slug);
            formerSlugs.retire(FormerSlugs.Kind.SECTION, oldSlug, section.id, now());
        }
        events.record(Change.of(kind, TYPE, section.id, oldSlug, section.slug, section.version,
                keys(oldSlug, section.slug), Change.Visibility.PUBLIC), actor);
        audit.record(actor, Writes.action(TYPE, kind), TYPE, section.id.toString(), before, section.version,
                slugChanged ? oldSlug + " -> " + section.slug : section.slug);
        return SectionAdminView.of(section);
    }

    /** Deletes a section no article is in; its former slugs go with it. */
    @Transactional
    public void delete(long id, IfMatch ifMatch, String actor) {
        var section = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, section.version);
        long articles = Article.count("section.id", section.id);
        if (articles > 0) {
            throw new ConflictException(Writes.plural(articles, "article is", "articles are") + " still in the section "
                    + section.slug + " (drafts and archived ones count); move them to another section first.");
        }
        section.delete();
        events.record(Change.of(ChangeKind.DELETED, TYPE, id, section.slug, null, null, keys(section.slug, section.slug),
                Change.Visibility.DISAPPEARS), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.DELETED), TYPE, Long.toString(id), section.version, null,
                section.slug);
    }

    /** What showed the section: its own page under either slug, the lists, the site's navigation, the articles in it. */
    static List<String> keys(String oldSlug, String newSlug) {
        var keys = new LinkedHashSet<String>();
        keys.add("section-" + oldSlug);
        keys.add("section-" + newSlug);
        keys.add("sections");
        keys.add("site");
        keys.add("articles");
        return new ArrayList<>(keys);
    }

    private static void apply(Section section, SectionInput input) {
        section.slug = input.slug();
        section.name = input.name();
        section.description = input.description();
        if (input.position() != null) {
            section.position = input.position();
        }
    }

    private static void requireFree(String slug) {
        if (Section.count("slug", slug) > 0) {
            throw new ConflictException("slug", "is taken: another section has the slug " + slug);
        }
    }

    private static Section find(long id, LockModeType lock) {
        Section section = Section.findById(id, lock);
        if (section == null) {
            throw NotFoundException.byId(TYPE, id);
        }
        return section;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
