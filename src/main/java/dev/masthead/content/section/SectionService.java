package dev.masthead.content.section;

import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticlePage;
import dev.masthead.content.article.ArticleQuery;
import dev.masthead.content.article.ArticleService;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Sections and the articles in each. */
@PublicRead
@ApplicationScoped
public class SectionService {

    private final ArticleService articles;

    public SectionService(ArticleService articles) {
        this.articles = articles;
    }

    @Transactional
    public SectionList all() {
        return new SectionList(Section.<Section>find("order by position, id").stream().map(SectionView::of).toList());
    }

    @Transactional
    public SectionView bySlug(String slug) {
        return SectionView.of(find(slug));
    }

    /** A page of the section's articles; the section must exist, even when it has no articles yet. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        find(slug);
        return articles.list(ArticleQuery.parse(params.withSection(slug)));
    }

    private static Section find(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("section", slug);
        }
        return Section.<Section>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("section", slug));
    }
}
