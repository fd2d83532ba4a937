package dev.masthead.content.tag;

import dev.masthead.content.FormerSlugs;
import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticlePage;
import dev.masthead.content.article.ArticleQuery;
import dev.masthead.content.article.ArticleService;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.MovedPermanentlyException;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Tags and the articles carrying each. */
@PublicRead
@ApplicationScoped
public class TagService {

    private final ArticleService articles;
    private final FormerSlugs formerSlugs;

    public TagService(ArticleService articles, FormerSlugs formerSlugs) {
        this.articles = articles;
        this.formerSlugs = formerSlugs;
    }

    /** The tag with this slug; a former slug answers with a redirect to the current one. */
    @Transactional
    public TagView bySlug(String slug) {
        return bySlug(slug, false);
    }

    /** The tag with this slug or, with {@code followFormerSlugs}, the one that once had it; for doors that cannot redirect. */
    @Transactional
    public TagView bySlug(String slug, boolean followFormerSlugs) {
        requireValid(slug);
        var tag = Tag.<Tag>find("slug", slug).firstResultOptional();
        if (tag.isEmpty()) {
            var current = formerSlugs.current(FormerSlugs.Kind.TAG, slug)
                    .orElseThrow(() -> new NotFoundException("tag", slug));
            if (!followFormerSlugs) {
                throw new MovedPermanentlyException(slug, current);
            }
            tag = Tag.<Tag>find("slug", current).firstResultOptional();
        }
        return TagView.of(tag.orElseThrow(() -> new NotFoundException("tag", slug)));
    }

    /** A page of the tag's articles; the tag must exist. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        requireValid(slug);
        if (Tag.count("slug", slug) == 0) {
            throw formerSlugs.current(FormerSlugs.Kind.TAG, slug)
                    .<RuntimeException>map(current -> new MovedPermanentlyException(slug, current))
                    .orElseGet(() -> new NotFoundException("tag", slug));
        }
        return articles.list(ArticleQuery.parse(params.withTag(slug)));
    }

    private static void requireValid(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("tag", slug);
        }
    }
}
