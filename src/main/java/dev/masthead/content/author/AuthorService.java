package dev.masthead.content.author;

import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticlePage;
import dev.masthead.content.article.ArticleQuery;
import dev.masthead.content.article.ArticleService;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Authors' profiles and their articles. */
@PublicRead
@ApplicationScoped
public class AuthorService {

    private final ArticleService articles;

    public AuthorService(ArticleService articles) {
        this.articles = articles;
    }

    @Transactional
    public AuthorView bySlug(String slug) {
        requireValid(slug);
        var author = Author.<Author>find("select a from Author a left join fetch a.avatar where a.slug = ?1", slug)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("author", slug));
        return AuthorView.of(author);
    }

    /** A page of the author's articles; the author must exist. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        requireValid(slug);
        if (Author.count("slug", slug) == 0) {
            throw new NotFoundException("author", slug);
        }
        return articles.list(ArticleQuery.parse(params.withAuthor(slug)));
    }

    private static void requireValid(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("author", slug);
        }
    }
}
