package dev.masthead.content.tag;

import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticlePage;
import dev.masthead.content.article.ArticleQuery;
import dev.masthead.content.article.ArticleService;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Tags and the articles carrying each. */
@PublicRead
@ApplicationScoped
public class TagService {

    private final ArticleService articles;

    public TagService(ArticleService articles) {
        this.articles = articles;
    }

    @Transactional
    public TagView bySlug(String slug) {
        requireValid(slug);
        return Tag.<Tag>find("slug", slug).firstResultOptional().map(TagView::of)
                .orElseThrow(() -> new NotFoundException("tag", slug));
    }

    /** A page of the tag's articles; the tag must exist. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        requireValid(slug);
        if (Tag.count("slug", slug) == 0) {
            throw new NotFoundException("tag", slug);
        }
        return articles.list(ArticleQuery.parse(params.withTag(slug)));
    }

    private static void requireValid(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("tag", slug);
        }
    }
}
