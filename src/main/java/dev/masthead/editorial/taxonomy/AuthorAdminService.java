package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.FormerSlugs;
import dev.masthead.content.article.Article;
import dev.masthead.content.article.ArticleAuthor;
import dev.masthead.content.author.Author;
import dev.masthead.content.image.Image;
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
 * Authors through the management API, written as sections are (see SectionAdminService). The
 * portrait is the author's own image row: written with the author, changed in place, and
 * deleted when the author drops it and nothing else shows it. An author shows on their page
 * and on every article and teaser of theirs: {@code author-<slug>} and {@code articles}.
 */
@ApplicationScoped
public class AuthorAdminService {

    static final String TYPE = "author";

    private final ChangeEvents events;
    private final Audit audit;
    private final FormerSlugs formerSlugs;
    private final ObjectMapper json;
    private final Clock clock;

    public AuthorAdminService(ChangeEvents events, Audit audit, FormerSlugs formerSlugs, ObjectMapper json,
            Clock clock) {
        this.events = events;
        this.audit = audit;
        this.formerSlugs = formerSlugs;
        this.json = json;
        this.clock = clock;
    }

    /** By slug; the cursor holds the last slug. */
    @Transactional
    public AuthorAdminPage list(int limit, String cursor) {
        List<Author> rows = cursor == null
                ? Author.find("select a from Author a left join fetch a.avatar order by a.slug").page(0, limit + 1).list()
                : Author.find("select a from Author a left join fetch a.avatar where a.slug > ?1 order by a.slug",
                        AdminCursor.decode(cursor).id()).page(0, limit + 1).list();
        var views = rows.stream().limit(limit).map(AuthorAdminView::of).toList();
        var next = rows.size() > limit ? new AdminCursor(Instant.EPOCH, rows.get(limit - 1).slug).encode() : null;
        return new AuthorAdminPage(views, new TokenPage.PageInfo(limit, next));
    }

    @Transactional
    public AuthorAdminView get(long id) {
        return AuthorAdminView.of(find(id, LockModeType.NONE));
    }

    @Transactional
    public AuthorAdminView create(JsonNode body, String actor) {
        var input = AuthorInput.from(body);
        requireFree(input.slug());
        var author = new Author();
        apply(author, input);
        author.persist();
        Writes.flush(TYPE, author.slug);
        formerSlugs.release(FormerSlugs.Kind.AUTHOR, author.slug);
        events.record(Change.of(ChangeKind.CREATED, TYPE, author.id, null, author.slug, author.version,
                keys(author.slug, author.slug), Change.Visibility.APPEARS), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.CREATED), TYPE, author.id.toString(), null, author.version,
                author.slug);
        return AuthorAdminView.of(author);
    }

    /** Applies a merge patch; a patch that changes nothing records nothing and keeps the version. */
    @Transactional
    public AuthorAdminView update(long id, JsonNode patch, IfMatch ifMatch, String actor) {
        var author = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, author.version);
        var current = AuthorInput.of(author);
        var input = AuthorInput.from(MergePatch.apply(current.toJson(json), patch));
        if (input.equals(current)) {
            return AuthorAdminView.of(author);
        }
        var oldSlug = author.slug;
        var slugChanged = !oldSlug.equals(input.slug());
        if (slugChanged) {
            requireFree(input.slug());
        }
        var before = author.version;
        apply(author, input);
        author.version = before + 1;
        Writes.flush(TYPE, author.slug);
        var kind = slugChanged ? ChangeKind.SLUG_CHANGED : ChangeKind.UPDATED;
        if (slugChanged) {
            formerSlugs.release(FormerSlugs.Kind.AUTHOR, author.slug);
            formerSlugs.retire(FormerSlugs.Kind.AUTHOR, oldSlug, author.id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        events.record(Change.of(kind, TYPE, author.id, oldSlug, author.slug, author.version,
                keys(oldSlug, author.slug), Change.Visibility.PUBLIC), actor);
        audit.record(actor, Writes.action(TYPE, kind), TYPE, author.id.toString(), before, author.version,
                slugChanged ? oldSlug + " -> " + author.slug : author.slug);
        return AuthorAdminView.of(author);
    }

    /** Deletes an author on no article's byline, with their portrait unless something else shows it. */
    @Transactional
    public void delete(long id, IfMatch ifMatch, String actor) {
        var author = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, author.version);
        long articles = ArticleAuthor.count("key.authorId", author.id);
        if (articles > 0) {
            throw new ConflictException("The author " + author.slug + " is still on the byline of "
                    + Writes.plural(articles, "article", "articles") + " (drafts and archived ones count); "
                    + "take them off first.");
        }
        var portrait = author.avatar;
        author.delete();
        dropIfUnused(portrait);
        events.record(Change.of(ChangeKind.DELETED, TYPE, id, author.slug, null, null, keys(author.slug, author.slug),
                Change.Visibility.DISAPPEARS), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.DELETED), TYPE, Long.toString(id), author.version, null,
                author.slug);
    }

    static List<String> keys(String oldSlug, String newSlug) {
        var keys = new LinkedHashSet<String>();
        keys.add("author-" + oldSlug);
        keys.add("author-" + newSlug);
        keys.add("articles");
        return List.copyOf(keys);
    }

    private static void apply(Author author, AuthorInput input) {
        author.slug = input.slug();
        author.name = input.name();
        author.bio = input.bio();
        author.socialLinks.clear();
        author.socialLinks.addAll(input.socialLinks());
        var portrait = author.avatar;
        if (input.avatar() == null) {
            author.avatar = null;
            dropIfUnused(portrait);
        } else if (portrait == null) {
            var image = new Image();
            input.avatar().applyTo(image);
            image.persist();
            author.avatar = image;
        } else if (!ImageInput.of(portrait).equals(input.avatar())) {
            input.avatar().applyTo(portrait);
            portrait.version++;
        }
    }

    /** Deletes a portrait no author and no article shows any more. */
    private static void dropIfUnused(Image image) {
        if (image == null) {
            return;
        }
        Image.flush();
        if (Author.count("avatar.id", image.id) == 0 && Article.count("heroImage.id", image.id) == 0) {
            image.delete();
        }
    }

    private static void requireFree(String slug) {
        if (Author.count("slug", slug) > 0) {
            throw new ConflictException("slug", "is taken: another author has the slug " + slug);
        }
    }

    private static Author find(long id, LockModeType lock) {
        Author author = Author.findById(id, lock);
        if (author == null) {
            throw NotFoundException.byId(TYPE, id);
        }
        return author;
    }
}
