package dev.masthead.content.author;

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
import java.util.Optional;

/** Authors' profiles and their articles. */
@PublicRead
@ApplicationScoped
public class AuthorService {

    private final ArticleService articles;
    private final FormerSlugs formerSlugs;

    public AuthorService(ArticleService articles, FormerSlugs formerSlugs) {
        this.articles = articles;
        this.formerSlugs = formerSlugs;
    }

    /** The author with this slug; a former slug answers with a redirect to the current one. */
    @Transactional
    public AuthorView bySlug(String slug) {
        return bySlug(slug, false);
    }

    /** The author with this slug or, with {@code followFormerSlugs}, the one that once had it; for doors that cannot redirect. */
    @Transactional
    public AuthorView bySlug(String slug, boolean followFormerSlugs) {
        requireValid(slug);
        var author = withAvatar(slug);
        if (author.isEmpty()) {
            var current = formerSlugs.current(FormerSlugs.Kind.AUTHOR, slug)
                    .orElseThrow(() -> new NotFoundException("author", slug));
            if (!followFormerSlugs) {
                throw new MovedPermanentlyException(slug, current);
            }
            author = withAvatar(current);
        }
        return AuthorView.of(author.orElseThrow(() -> new NotFoundException("author", slug)));
    }

    private static Optional<Author> withAvatar(String slug) {
        return Author.<Author>find("select a from Author a left join fetch a.avatar where a.slug = ?1", slug)
                .firstResultOptional();
    }

    /** A page of the author's articles; the author must exist. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        requireValid(slug);
        if (Author.count("slug", slug) == 0) {
            throw formerSlugs.current(FormerSlugs.Kind.AUTHOR, slug)
                    .<RuntimeException>map(current -> new MovedPermanentlyException(slug, current))
                    .orElseGet(() -> new NotFoundException("author", slug));
        }
        return articles.list(ArticleQuery.parse(params.withAuthor(slug)));
    }

    private static void requireValid(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("author", slug);
        }
    }
}
