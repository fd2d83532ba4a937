package dev.masthead.editorial.taxonomy;

import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.article.Article;
import dev.masthead.content.article.ArticleStatus;
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
import dev.masthead.web.problem.ScopeRequiredException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Images through the management API: the hero images of articles, authors' portraits and any
 * image stored on its own. A change to an image touches the pages that show it: the articles
 * it heads and the authors it portrays.
 */
@ApplicationScoped
public class ImageAdminService {

    static final String TYPE = "image";

    /** Article keys named in one change event at most; past it {@code articles} still covers the lists. */
    private static final int MAX_ARTICLE_KEYS = 15;

    private final ChangeEvents events;
    private final Audit audit;
    private final ObjectMapper json;

    public ImageAdminService(ChangeEvents events, Audit audit, ObjectMapper json) {
        this.events = events;
        this.audit = audit;
        this.json = json;
    }

    /** Newest first; the cursor holds the last id. */
    @Transactional
    public ImageAdminPage list(int limit, String cursor) {
        List<Image> rows = cursor == null ? Image.find("order by id desc").page(0, limit + 1).list()
                : Image.find("id < ?1 order by id desc", AdminCursor.decode(cursor).numericId()).page(0, limit + 1).list();
        var views = rows.stream().limit(limit).map(ImageAdminView::of).toList();
        var next = rows.size() > limit ? new AdminCursor(Instant.EPOCH, rows.get(limit - 1).id.toString()).encode() : null;
        return new ImageAdminPage(views, new TokenPage.PageInfo(limit, next));
    }

    @Transactional
    public ImageAdminView get(long id) {
        return ImageAdminView.of(find(id, LockModeType.NONE));
    }

    @Transactional
    public ImageAdminView create(JsonNode body, String actor) {
        var input = ImageInput.from(Fields.body(body, "an image", ImageInput.FIELDS));
        var image = new Image();
        input.applyTo(image);
        image.persist();
        events.record(Change.of(ChangeKind.CREATED, TYPE, image.id, null, null, image.version, List.of(),
                Change.Visibility.PRIVATE), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.CREATED), TYPE, image.id.toString(), null, image.version,
                image.url);
        return ImageAdminView.of(image);
    }

    /** Applies a merge patch; a patch that changes nothing records nothing and keeps the version. */
    @Transactional
    public ImageAdminView update(long id, JsonNode patch, IfMatch ifMatch, boolean mayPublish, String actor) {
        var image = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, image.version);
        if (!mayPublish && Article.count("heroImage.id = ?1 and status <> ?2", id, ArticleStatus.DRAFT) > 0) {
            // A hero image is part of its article: changing it changes a live article, which drafts' writers may not.
            throw new ScopeRequiredException("The image is the hero of a scheduled, published or archived article; "
                    + "changing it changes that article and needs the scope content:publish.");
        }
        var current = ImageInput.of(image);
        var input = ImageInput.from(Fields.body(MergePatch.apply(json.valueToTree(current), patch), "an image",
                ImageInput.FIELDS));
        if (input.equals(current)) {
            return ImageAdminView.of(image);
        }
        var before = image.version;
        input.applyTo(image);
        image.version = before + 1;
        // Public when a published article or an author shows the image: the feed then tells mirrors to refresh
        // the pages with these keys.
        var keys = keys(image.id);
        events.record(Change.of(ChangeKind.UPDATED, TYPE, image.id, null, null, image.version, keys,
                Change.Visibility.unchanged(!keys.isEmpty())), actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.UPDATED), TYPE, image.id.toString(), before, image.version,
                image.url);
        return ImageAdminView.of(image);
    }

    /** Deletes an image that no article heads and no author has as portrait. */
    @Transactional
    public void delete(long id, IfMatch ifMatch, String actor) {
        var image = find(id, LockModeType.PESSIMISTIC_WRITE);
        ifMatch.check(TYPE, image.version);
        long articles = Article.count("heroImage.id", id);
        long authors = Author.count("avatar.id", id);
        if (articles > 0 || authors > 0) {
            var users = new ArrayList<String>();
            if (articles > 0) {
                users.add(Writes.plural(articles, "article", "articles") + " (as hero image)");
            }
            if (authors > 0) {
                users.add(Writes.plural(authors, "author", "authors") + " (as portrait)");
            }
            throw new ConflictException("The image is still used by " + String.join(" and ", users)
                    + "; give them another image first.");
        }
        image.delete();
        events.record(Change.of(ChangeKind.DELETED, TYPE, id, null, null, null, List.of(), Change.Visibility.PRIVATE),
                actor);
        audit.record(actor, Writes.action(TYPE, ChangeKind.DELETED), TYPE, Long.toString(id), image.version, null,
                image.url);
    }

    /** The pages that show the image: the articles it heads (and their lists), the authors it portrays. */
    private static List<String> keys(long id) {
        var keys = new ArrayList<String>();
        var entities = Image.getEntityManager();
        // Published articles only: no public answer ever showed a draft (previews are never stored), and the
        // keys reach the public change feed, which must not name a draft's slug.
        var articles = entities.createQuery("select a.slug from Article a where a.heroImage.id = :id and a.status = "
                + "dev.masthead.content.article.ArticleStatus.PUBLISHED order by a.id", String.class)
                .setParameter("id", id).setMaxResults(MAX_ARTICLE_KEYS).getResultList();
        articles.forEach(slug -> keys.add("article-" + slug));
        if (!articles.isEmpty()) {
            keys.add("articles");
        }
        var authors = entities.createQuery("select a.slug from Author a where a.avatar.id = :id", String.class)
                .setParameter("id", id).getResultList();
        authors.forEach(slug -> keys.add("author-" + slug));
        return keys;
    }

    private static Image find(long id, LockModeType lock) {
        Image image = Image.findById(id, lock);
        if (image == null) {
            throw NotFoundException.byId(TYPE, id);
        }
        return image;
    }
}
