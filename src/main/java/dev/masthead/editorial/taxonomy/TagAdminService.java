package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.FormerSlugs;
import dev.masthead.content.article.ArticleTag;
import dev.masthead.content.tag.Tag;
import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.editorial.token.TokenPage;
import dev.masthead.events.Change;
import dev.masthead.events.ChangeEvents;
import dev.masthead.events.ChangeKind;
import dev.masthead.web.problem.ConflictException;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Tags through the management API, written as sections are (see SectionAdminService). A tag
 * shows on its page and on every article and teaser that carries it: {@code tag-<slug>} and
 * {@code articles}.
 */
@ApplicationScoped
public class TagAdminService {

    static final String TYPE = "tag";

    private final ChangeEvents events;
    private final Audit audit;
    private final FormerSlugs formerSlugs;
    private final ObjectMapper json;
    private final Clock clock;

    public TagAdminService(ChangeEvents events, Audit audit, FormerSlugs formerSlugs, ObjectMapper json, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.formerSlugs = formerSlugs;
        this.json = json;
        this.clock = clock;
    }

    /** By slug; the cursor holds the last slug. */
    @Transactional
    public TagAdminPage list(int limit, String cursor) {
        List<Tag> rows = cursor == null ? Tag.find("order by slug").page(0, limit + 1).list()
                : Tag.find("slug > ?1 order by slug", AdminCursor.decode(cursor).id()).page(0, limit + 1).list();
        var views = rows.stream().limit(limit).map(TagAdminView::of).toList();
        var next = rows.size() > limit ? new AdminCursor(Instant.EPOCH, rows.get(limit - 1).slug).encode() : null;
        return new TagAdminPage(views, new TokenPage.PageInfo(limit, next));
    }

    @Transactional
    public TagAdminView get(long id) {
        return TagAdminView.of(find(id, LockModeType.NONE));
    }

    @Transactional
    public TagAdminView create(JsonNode body, String actor) {
        var input = TagInput.from(body);
        requireFree(input.slug());
        var tag = new Tag();
        tag.slug = input.slug();
        tag.name = input.name();
        tag.persist();
        Writes.flush(TYPE, tag.slug);
        formerSlugs.release(FormerSlugs.Kind.TAG, tag.slug);
        events.record(Change.of(ChangeKind.CREATED, TYPE, tag.id, null, tag.slug, tag.version, keys(tag.slug, tag.slug),
                Change.Visibility.APPEARS),
                actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.CREATED), TYPE, tag.id.toString(), null, tag.version, tag.slug);
        return TagAdminView.of(tag);
    }

    /** Applies a merge patch; a patch that changes nothing records nothing and keeps the version. */
    @Transactional
    public TagAdminView update(long id, JsonNode patch, IfMatch ifMatch, String actor) {
        var tag = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, tag.version);
        var input = TagInput.from(MergePatch.apply(TagInput.of(tag, json), patch));
        if (input.equals(new TagInput(tag.slug, tag.name))) {
            return TagAdminView.of(tag);
        }
        var oldSlug = tag.slug;
        var slugChanged = !oldSlug.equals(input.slug());
        if (slugChanged) {
            requireFree(input.slug());
        }
        var before = tag.version;
        tag.slug = input.slug();
        tag.name = input.name();
        tag.version = before + 1;
        Writes.flush(TYPE, tag.slug);
        var kind = slugChanged ? ChangeKind.SLUG_CHANGED : ChangeKind.UPDATED;
        if (slugChanged) {
            formerSlugs.release(FormerSlugs.Kind.TAG, tag.slug);
            formerSlugs.retire(FormerSlugs.Kind.TAG, oldSlug, tag.id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        events.record(Change.of(kind, TYPE, tag.id, oldSlug, tag.slug, tag.version, keys(oldSlug, tag.slug),
                Change.Visibility.PUBLIC), actor);
        audit.record(actor, Writes.action(TYPE, kind), TYPE, tag.id.toString(), before, tag.version,
                slugChanged ? oldSlug + " -> " + tag.slug : tag.slug);
        return TagAdminView.of(tag);
    }

    /** Deletes a tag no article carries. */
    @Transactional
    public void delete(long id, IfMatch ifMatch, String actor) {
        var tag = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, tag.version);
        long articles = ArticleTag.count("key.tagId", tag.id);
        if (articles > 0) {
            throw new ConflictException(Writes.plural(articles, "article still carries", "articles still carry")
                    + " the tag " + tag.slug + " (drafts and archived ones count); take it off them first.");
        }
        tag.delete();
        events.record(Change.of(ChangeKind.DELETED, TYPE, id, tag.slug, null, null, keys(tag.slug, tag.slug),
                Change.Visibility.DISAPPEARS), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.DELETED), TYPE, Long.toString(id), tag.version, null, tag.slug);
    }

    static List<String> keys(String oldSlug, String newSlug) {
        var keys = new LinkedHashSet<String>();
        keys.add("tag-" + oldSlug);
        keys.add("tag-" + newSlug);
        keys.add("articles");
        return List.copyOf(keys);
    }

    private static void requireFree(String slug) {
        if (Tag.count("slug", slug) > 0) {
            throw new ConflictException("slug", "is taken: another tag has the slug " + slug);
        }
    }

    private static Tag find(long id, LockModeType lock) {
        Tag tag = Tag.findById(id, lock);
        if (tag == null) {
            throw NotFoundException.byId(TYPE, id);
        }
        return tag;
    }
}
