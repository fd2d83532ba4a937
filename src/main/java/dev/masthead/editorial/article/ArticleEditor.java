package dev.masthead.editorial.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.masthead.content.ContentConfig;
import dev.masthead.content.ContentWriter;
import dev.masthead.content.Slugs;
import dev.masthead.content.article.Article;
import dev.masthead.content.article.ArticleAuthor;
import dev.masthead.content.article.ArticleBody;
import dev.masthead.content.article.ArticleDraft;
import dev.masthead.content.article.ArticleRelatedPin;
import dev.masthead.content.article.ArticleSlugHistory;
import dev.masthead.content.article.ArticleStatus;
import dev.masthead.content.article.ArticleTag;
import dev.masthead.content.article.Excerpt;
import dev.masthead.content.body.Block;
import dev.masthead.content.body.BlockRules;
import dev.masthead.content.body.Body;
import dev.masthead.content.body.HtmlBlocks;
import dev.masthead.content.image.Image;
import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.IfMatch;
import dev.masthead.editorial.MergePatch;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.editorial.token.TokenPage;
import dev.masthead.events.Change;
import dev.masthead.events.ChangeEvents;
import dev.masthead.events.ChangeKind;
import dev.masthead.support.Instants;
import dev.masthead.web.problem.BodyFieldErrors;
import dev.masthead.web.problem.ConflictException;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.InvalidStateException;
import dev.masthead.web.problem.NotFoundException;
import dev.masthead.web.problem.PreconditionFailedException;
import dev.masthead.web.problem.ScopeRequiredException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes articles for the management API: drafts, edits, the workflow, revisions. Every
 * method that changes an article checks the version the caller read, bumps the version,
 * keeps a revision, records one change event and one audit entry, all in one transaction.
 */
@ApplicationScoped
public class ArticleEditor {

    /** The actor of scheduled publishing, in events, revisions and the audit log. */
    public static final String SCHEDULER = "scheduler";

    private final ContentWriter writer;
    private final ChangeEvents events;
    private final Audit audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entities;
    private final ContentConfig content;
    private final Clock clock;

    public ArticleEditor(ContentWriter writer, ChangeEvents events, Audit audit, ObjectMapper json,
            Validator validator, EntityManager entities, ContentConfig content, Clock clock) {
        this.writer = writer;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.entities = entities;
        this.content = content;
        this.clock = clock;
    }

    /** A new draft. */
    @Transactional
    public ArticleAdminView create(ArticleInput input, String actor) {
        checkSlugFree(input.slug(), null);
        var id = writer.article(draft(input));
        Article article = Article.findById(id);
        flush();
        var after = keys(article);
        return saved(article, actor, "article.created", null, Change.of(ChangeKind.CREATED, "article", id, null,
                article.slug, article.version, after, Change.Visibility.PRIVATE));
    }

    @Transactional
    public ArticleAdminView get(long id) {
        return view(find(id));
    }

    /** Articles in every state, most recently changed first. */
    @Transactional
    public ArticleAdminPage list(ArticleStatus status, String section, String author, int limit, String cursor) {
        var where = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (status != null) {
            where.append(" and a.status = :status");
            params.and("status", status);
        }
        if (section != null) {
            where.append(" and a.section.slug = :section");
            params.and("section", section);
        }
        if (author != null) {
            where.append(" and exists (select 1 from ArticleAuthor l where l.key.articleId = a.id"
                    + " and l.author.slug = :author)");
            params.and("author", author);
        }
        if (cursor != null) {
            var after = AdminCursor.decode(cursor);
            where.append(" and (a.updatedAt < :t or (a.updatedAt = :t and a.id < :id))");
            params.and("t", after.time()).and("id", after.numericId());
        }
        var query = entities.createQuery("select a from Article a join fetch a.section where " + where
                + " order by a.updatedAt desc, a.id desc", Article.class).setMaxResults(limit + 1);
        params.map().forEach(query::setParameter);
        List<Article> rows = query.getResultList();
        var data = rows.stream().limit(limit).map(a -> new ArticleAdminSummary(a.id, a.slug,
                ArticleAdminView.wire(a.status), a.version, a.headline, a.section.slug,
                a.status == ArticleStatus.SCHEDULED ? a.publishedAt : null,
                a.status == ArticleStatus.SCHEDULED ? null : a.publishedAt, a.updatedAt)).toList();
        var next = rows.size() > limit
                ? new AdminCursor(rows.get(limit - 1).updatedAt, Long.toString(rows.get(limit - 1).id)).encode()
                : null;
        return new ArticleAdminPage(data, new TokenPage.PageInfo(limit, next));
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to the article as an editor wrote it. The body is
     * replaced whole when the patch names it, so {@code {"body": {"html": ...}}} works on an
     * article stored as blocks. A published article changes live; a draft stays private.
     */
    @Transactional
    public ArticleAdminView patch(long id, JsonNode patch, IfMatch expected, boolean mayPublish, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        requireMayEdit(article, mayPublish);
        if (!patch.isObject()) {
            throw new InvalidParameterException("body", "must be a JSON object (a merge patch of the article)");
        }
        var stored = view(article).toInput();
        // The merge base carries the body as stored, not as reads filter it, so a patch that
        // does not name the body never drops a block from it.
        stored = new ArticleInput(stored.slug(), stored.headline(), stored.dek(), stored.type(), stored.section(),
                stored.authors(), stored.tags(), stored.heroImage(), stored.excerpt(),
                new ArticleInput.BodyInput(null, storedBlocks(article.id)), stored.related());
        ObjectNode current = json.valueToTree(stored);
        var merged = mergeArticle(current, patch);
        ArticleInput input;
        try {
            input = json.treeToValue(merged, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw BodyFieldErrors.invalid(e);
        }
        validate(input);
        if (input.equals(stored)) {
            // Nothing changes: no new version, revision or event, and a retried patch still matches.
            return view(article);
        }
        return replace(article, input, actor, "article.updated");
    }

    /** Publishes now: from draft, scheduled or archived. A republished article keeps its first publication time. */
    @Transactional
    public ArticleAdminView publish(long id, IfMatch expected, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        if (article.status == ArticleStatus.PUBLISHED) {
            throw new InvalidStateException("The article is already published.");
        }
        var before = article.version;
        var keysBefore = keys(article);
        if (article.status == ArticleStatus.SCHEDULED || article.publishedAt == null) {
            article.publishedAt = now();
        }
        article.status = ArticleStatus.PUBLISHED;
        return transitioned(article, before, keysBefore, ChangeKind.PUBLISHED, "article.published", actor);
    }

    /** Schedules a draft (or moves a schedule) to a time in the future. */
    @Transactional
    public ArticleAdminView schedule(long id, Instant publishAt, IfMatch expected, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        if (article.status != ArticleStatus.DRAFT && article.status != ArticleStatus.SCHEDULED) {
            throw new InvalidStateException("Only a draft or a scheduled article can be scheduled; this one is "
                    + ArticleAdminView.wire(article.status) + " (unpublish it first).");
        }
        if (!publishAt.isAfter(clock.instant())) {
            throw new InvalidParameterException("publishAt", "must be in the future; publish now instead");
        }
        Instants.requireStorable("publishAt", publishAt);
        var before = article.version;
        var keysBefore = keys(article);
        article.status = ArticleStatus.SCHEDULED;
        article.publishedAt = publishAt.truncatedTo(ChronoUnit.MICROS);
        return transitioned(article, before, keysBefore, ChangeKind.UPDATED, "article.scheduled", actor);
    }

    /** Back to draft: a published article leaves every public list at once; a scheduled one is unscheduled. */
    @Transactional
    public ArticleAdminView unpublish(long id, IfMatch expected, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        if (article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) {
            throw new InvalidStateException("Only a published or scheduled article can be unpublished; this one is "
                    + ArticleAdminView.wire(article.status) + ".");
        }
        var before = article.version;
        var keysBefore = keys(article);
        var wasPublished = article.status == ArticleStatus.PUBLISHED;
        if (!wasPublished) {
            article.publishedAt = null;
        }
        article.status = ArticleStatus.DRAFT;
        return transitioned(article, before, keysBefore, wasPublished ? ChangeKind.UNPUBLISHED : ChangeKind.UPDATED,
                "article.unpublished", actor);
    }

    /** Out of public view, kept for the record. */
    @Transactional
    public ArticleAdminView archive(long id, IfMatch expected, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        if (article.status == ArticleStatus.ARCHIVED) {
            throw new InvalidStateException("The article is already archived.");
        }
        var before = article.version;
        var keysBefore = keys(article);
        var wasPublic = isPublic(article);
        article.status = ArticleStatus.ARCHIVED;
        return transitioned(article, before, keysBefore, ChangeKind.ARCHIVED, "article.archived", actor,
                Change.Visibility.withdrawn(wasPublic));
    }

    /** Deletes the article with its revisions; its slugs stop answering. The audit log keeps the deletion. */
    @Transactional
    public void delete(long id, IfMatch expected, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        var keysBefore = keys(article);
        var slug = article.slug;
        var version = article.version;
        var wasPublic = isPublic(article);
        ArticleRelatedPin.delete("key.relatedArticleId", id);
        article.delete();
        flush();
        events.record(Change.of(ChangeKind.DELETED, "article", id, slug, null, version, keysBefore,
                Change.Visibility.withdrawn(wasPublic)), actor);
        audit.record(actor, "article.deleted", "article", Long.toString(id), version, null, slug);
    }

    @Transactional
    public RevisionPage revisions(long id, int limit, String cursor) {
        find(id);
        var below = cursor == null ? Integer.MAX_VALUE : revisionCursor(cursor);
        List<ArticleRevision> rows = ArticleRevision.find(
                "key.articleId = ?1 and key.number < ?2 order by key.number desc", id, below).page(0, limit + 1).list();
        var data = rows.stream().limit(limit).map(r -> new RevisionView(r.key.number(), r.version, r.createdAt,
                r.actor, r.action, null)).toList();
        var next = rows.size() > limit
                ? new AdminCursor(Instant.EPOCH, Integer.toString(rows.get(limit - 1).key.number())).encode() : null;
        return new RevisionPage(data, new TokenPage.PageInfo(limit, next));
    }

    private static int revisionCursor(String cursor) {
        long number = AdminCursor.decode(cursor).numericId();
        if (number < 1 || number > Integer.MAX_VALUE) {
            throw new InvalidParameterException("cursor", "is not a cursor from this list; pass back page.nextCursor as it came");
        }
        return (int) number;
    }

    @Transactional
    public RevisionView revision(long id, int number) {
        var r = findRevision(id, number);
        return new RevisionView(r.key.number(), r.version, r.createdAt, r.actor, r.action, snapshot(r));
    }

    /** Writes an earlier revision's content back as a new revision; the article keeps its state. */
    @Transactional
    public ArticleAdminView restore(long id, int number, IfMatch expected, boolean mayPublish, String actor) {
        var article = find(id);
        expected.check("article", article.version);
        requireMayEdit(article, mayPublish);
        var input = snapshot(findRevision(id, number)).toInput();
        return replace(article, input, actor, "article.restored");
    }

    /**
     * Publishes one scheduled article whose time has come, under a row lock: when two
     * instances reach the same article, the second finds it published and does nothing.
     * Returns whether this call published it.
     */
    @Transactional
    public boolean publishDue(long id) {
        var article = entities.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null || article.status != ArticleStatus.SCHEDULED || article.publishedAt.isAfter(clock.instant())) {
            return false;
        }
        var before = article.version;
        var keysBefore = keys(article);
        article.status = ArticleStatus.PUBLISHED;
        transitioned(article, before, keysBefore, ChangeKind.PUBLISHED, "article.published", SCHEDULER);
        return true;
    }

    /** Scheduled articles whose time has come, soonest first: the head of the job's queue. */
    @Transactional
    public List<Long> due(int limit) {
        return entities.createQuery("select s.articleId from ArticleSchedule s where s.publishAt <= :now"
                + " order by s.publishAt, s.articleId", Long.class)
                .setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
    }

    private ArticleAdminView replace(Article article, ArticleInput input, String actor, String action) {
        var before = article.version;
        var keysBefore = keys(article);
        var oldSlug = article.slug;
        var slugChanged = !oldSlug.equals(input.slug());
        if (slugChanged) {
            checkSlugFree(input.slug(), article.id);
        }
        // Touched first: the writer's own flushes then carry the new time, and the version moves once.
        touch(article);
        writer.rewrite(article, draft(input));
        if (slugChanged) {
            // The new slug may be one this article had before: it is current again, not a redirect.
            ArticleSlugHistory.delete("slug", input.slug());
            var history = new ArticleSlugHistory();
            history.slug = oldSlug;
            history.articleId = article.id;
            history.retiredAt = now();
            history.persist();
        }
        flush();
        if (article.version == before) {
            throw new IllegalStateException("a saved article must change version");
        }
        var keysAfter = keys(article);
        keysAfter.addAll(keysBefore);
        return saved(article, actor, action, before, Change.of(slugChanged ? ChangeKind.SLUG_CHANGED : ChangeKind.UPDATED,
                "article", article.id, oldSlug, article.slug, article.version, keysAfter,
                Change.Visibility.unchanged(isPublic(article))));
    }

    /**
     * A change of status. Publishing always makes the article public (it refuses a published
     * one), unpublishing a published one withdraws it; scheduling, and unscheduling, keep it
     * private. Archiving says for itself, from the status it found.
     */
    private ArticleAdminView transitioned(Article article, long before, Set<String> keysBefore, ChangeKind kind,
            String action, String actor) {
        var visibility = switch (kind) {
            case PUBLISHED -> Change.Visibility.APPEARS;
            case UNPUBLISHED -> Change.Visibility.DISAPPEARS;
            case UPDATED -> Change.Visibility.PRIVATE;
            default -> throw new IllegalArgumentException("the visibility of " + kind + " depends on the status before");
        };
        return transitioned(article, before, keysBefore, kind, action, actor, visibility);
    }

    private ArticleAdminView transitioned(Article article, long before, Set<String> keysBefore, ChangeKind kind,
            String action, String actor, Change.Visibility visibility) {
        touch(article);
        writer.syncListTimes(article);
        writer.syncSchedule(article);
        flush();
        var keys = keys(article);
        keys.addAll(keysBefore);
        return saved(article, actor, action, before,
                Change.of(kind, "article", article.id, article.slug, article.slug, article.version, keys, visibility));
    }

    private ArticleAdminView saved(Article article, String actor, String action, Long before, Change change) {
        var view = view(article);
        var revision = new ArticleRevision();
        int number = ((Number) entities.createQuery(
                "select coalesce(max(r.key.number), 0) from ArticleRevision r where r.key.articleId = :id")
                .setParameter("id", article.id).getSingleResult()).intValue() + 1;
        revision.key = new ArticleRevision.Key(article.id, number);
        revision.version = article.version;
        revision.createdAt = article.updatedAt;
        revision.actor = actor;
        revision.action = action;
        try {
            revision.snapshot = json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article view is always JSON", e);
        }
        revision.persist();
        events.record(change, actor);
        audit.record(actor, action, "article", Long.toString(article.id), before, article.version,
                article.slug + " (" + ArticleAdminView.wire(article.status) + ")");
        return view;
    }

    /** Whether public reads show the article: published (the publishing job makes a scheduled one so at its time). */
    private static boolean isPublic(Article article) {
        return article.status == ArticleStatus.PUBLISHED;
    }

    /** Marks the row changed, so its version moves even when only its body, byline or tags did. */
    private void touch(Article article) {
        var now = now();
        article.updatedAt = article.updatedAt != null && !now.isAfter(article.updatedAt)
                ? article.updatedAt.plus(1, ChronoUnit.MICROS) : now;
    }

    private void flush() {
        try {
            entities.flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The article changed while this change was being saved; GET it "
                    + "again and send the new ETag.");
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ConflictException("slug", "is taken (a change made at the same moment took it)");
        }
    }

    private void requireMayEdit(Article article, boolean mayPublish) {
        if (article.status != ArticleStatus.DRAFT && !mayPublish) {
            throw new ScopeRequiredException("The article is " + ArticleAdminView.wire(article.status)
                    + "; changing it needs the scope content:publish (content:write edits drafts only).");
        }
    }

    private void checkSlugFree(String slug, Long self) {
        if (!Slugs.isValid(slug)) {
            throw new InvalidParameterException("slug", "must be lower-case letters, digits and single hyphens, "
                    + "at most 200 characters");
        }
        var taken = self == null ? Article.count("slug", slug) > 0 : Article.count("slug = ?1 and id <> ?2", slug, self) > 0;
        if (taken) {
            throw new ConflictException("slug", "is taken by another article");
        }
        var former = self == null ? ArticleSlugHistory.count("slug", slug) > 0
                : ArticleSlugHistory.count("slug = ?1 and articleId <> ?2", slug, self) > 0;
        if (former) {
            throw new ConflictException("slug", "is a former slug of another article, which it still redirects to");
        }
    }

    private void validate(ArticleInput input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private ArticleDraft draft(ArticleInput input) {
        var blocks = blocks(input.body());
        var hero = input.heroImage() == null ? null : new ArticleDraft.HeroImage(input.heroImage().url(),
                input.heroImage().alt(), input.heroImage().width(), input.heroImage().height(),
                input.heroImage().caption(), input.heroImage().credit());
        checkDistinct("authors", input.authors());
        checkDistinct("tags", input.tags());
        checkDistinct("related", input.related());
        return new ArticleDraft(input.slug(), input.headline().strip(), input.dek(), input.type(), input.section(), hero,
                input.excerpt(), blocks, ArticleStatus.DRAFT, null, input.authors(), input.tags(), List.of(),
                input.related(), false);
    }

    private static List<Block> blocks(ArticleInput.BodyInput body) {
        if ((body.html() == null) == (body.blocks() == null)) {
            throw new InvalidParameterException("body", "must carry exactly one of html or blocks");
        }
        if (body.html() != null) {
            // Cleaned first, so a paragraph the cleaner empties (an image or script in a <p>) is
            // dropped rather than stored empty; a refused URL is named as the writer sent it.
            var blocks = Body.sanitized("body.html", HtmlBlocks.of(body.html())).blocks().stream()
                    .filter(b -> !BlockRules.isEmpty(b)).toList();
            BlockRules.check("body.html", blocks);
            return blocks;
        }
        if (body.blocks().size() > BlockRules.MAX_BLOCKS) {
            throw new InvalidParameterException("body.blocks", "may hold at most " + BlockRules.MAX_BLOCKS + " blocks");
        }
        for (int i = 0; i < body.blocks().size(); i++) {
            if (body.blocks().get(i) == null) {
                throw new InvalidParameterException("body.blocks[" + i + "]", "may not be null");
            }
        }
        // Blocks are checked as they will be stored: cleaned, with the embed provider taken from the URL.
        var blocks = Body.sanitized("body.blocks", body.blocks().stream().map(HtmlBlocks::withProvider).toList())
                .blocks();
        BlockRules.check("body.blocks", blocks);
        return blocks;
    }

    private static void checkDistinct(String field, List<String> slugs) {
        var seen = new LinkedHashSet<String>();
        for (int i = 0; i < slugs.size(); i++) {
            if (!seen.add(slugs.get(i))) {
                throw new InvalidParameterException(field + "[" + i + "]", "names '" + slugs.get(i) + "' twice");
            }
        }
    }

    /** RFC 7396, except that a named body replaces the stored one whole. */
    private static JsonNode mergeArticle(ObjectNode target, JsonNode patch) {
        var result = target.deepCopy();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            var name = names.next();
            var value = patch.get(name);
            if (value.isNull()) {
                result.remove(name);
            } else {
                result.set(name, name.equals("body") ? value : MergePatch.apply(result.get(name), value));
            }
        }
        return result;
    }

    private Article find(long id) {
        return Optional.ofNullable(Article.<Article>findById(id))
                .orElseThrow(() -> NotFoundException.byId("article", id));
    }

    private ArticleRevision findRevision(long id, int number) {
        find(id);
        return Optional.ofNullable(ArticleRevision.<ArticleRevision>findById(new ArticleRevision.Key(id, number)))
                .orElseThrow(() -> NotFoundException.byId("revision of article " + id, number));
    }

    private ArticleAdminView snapshot(ArticleRevision revision) {
        try {
            // Read leniently: a snapshot written before a field was dropped still restores.
            return json.readerFor(ArticleAdminView.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(revision.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision " + revision.key + " does not read back", e);
        }
    }

    /** The article's blocks as stored, before reads hold them to today's URL rule. */
    private List<Block> storedBlocks(long id) {
        ArticleBody stored = ArticleBody.findById(id);
        try {
            return List.of(json.readValue(stored.blocks, Block[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored blocks of article " + id + " do not read back", e);
        }
    }

    ArticleAdminView view(Article article) {
        ArticleBody stored = ArticleBody.findById(article.id);
        List<Block> blocks;
        try {
            blocks = List.of(json.readValue(stored.blocks, Block[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored blocks of article " + article.id + " do not read back", e);
        }
        var body = Body.stored(blocks);
        List<String> authors = entities.createQuery("select l.author.slug from ArticleAuthor l where l.key.articleId = :id"
                + " order by l.position", String.class).setParameter("id", article.id).getResultList();
        List<String> tags = entities.createQuery("select l.tag.slug from ArticleTag l where l.key.articleId = :id"
                + " order by l.tag.slug", String.class).setParameter("id", article.id).getResultList();
        List<String> related = entities.createQuery("select r.slug from ArticleRelatedPin p, Article r"
                + " where p.key.articleId = :id and r.id = p.key.relatedArticleId order by p.position", String.class)
                .setParameter("id", article.id).getResultList();
        List<String> former = entities.createQuery("select h.slug from ArticleSlugHistory h where h.articleId = :id"
                + " order by h.retiredAt, h.slug", String.class).setParameter("id", article.id).getResultList();
        Image hero = article.heroImage;
        var heroView = hero == null ? null : new ArticleAdminView.HeroImage(hero.url, hero.altText,
                article.heroCaption != null ? article.heroCaption : hero.caption,
                article.heroCredit != null ? article.heroCredit : hero.credit, hero.width, hero.height);
        var teaser = article.excerpt != null ? article.excerpt
                : Excerpt.cut(article.leadText, content.excerptLength()).text();
        return new ArticleAdminView(article.id, article.slug, ArticleAdminView.wire(article.status), article.version,
                article.headline, article.dek, article.type, article.section.slug, authors, tags, heroView,
                article.excerpt, teaser, new ArticleAdminView.BodyOut(body.blocks(), body.html()), related, former,
                article.wordCount, article.readingMinutes,
                article.status == ArticleStatus.SCHEDULED ? article.publishedAt : null,
                article.status == ArticleStatus.SCHEDULED ? null : article.publishedAt,
                article.createdAt, article.updatedAt);
    }

    /**
     * The surrogate keys to purge when the article changes: its own answers and every list
     * (lists, LATEST, related sets, feeds and sitemaps all carry {@code articles}). Its
     * section's, authors' and tags' keys are not among them: their own answers do not show
     * the article, and naming them would drop every other article of the section too.
     */
    private Set<String> keys(Article article) {
        var keys = new LinkedHashSet<String>();
        keys.add("articles");
        keys.add("article-" + article.slug);
        return keys;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
