package dev.masthead.content.section;

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

/** Sections and the articles in each. */
@PublicRead
@ApplicationScoped
public class SectionService {

    private final ArticleService articles;
    private final FormerSlugs formerSlugs;

    public SectionService(ArticleService articles, FormerSlugs formerSlugs) {
        this.articles = articles;
        this.formerSlugs = formerSlugs;
    }

    @Transactional
    public SectionList all() {
        return new SectionList(Section.<Section>find("order by position, id").stream().map(SectionView::of).toList());
    }

    /** The section with this slug; a former slug answers with a redirect to the current one. */
    @Transactional
    public SectionView bySlug(String slug) {
        return bySlug(slug, false);
    }

    /** The section with this slug or, with {@code followFormerSlugs}, the one that once had it; for doors that cannot redirect. */
    @Transactional
    public SectionView bySlug(String slug, boolean followFormerSlugs) {
        return SectionView.of(find(slug, followFormerSlugs));
    }

    /** A page of the section's articles; the section must exist, even when it has no articles yet. */
    @Transactional
    public ArticlePage articles(String slug, ArticleQuery.Params params) {
        find(slug, false);
        return articles.list(ArticleQuery.parse(params.withSection(slug)));
    }

    private Section find(String slug, boolean followFormerSlugs) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("section", slug);
        }
        var section = Section.<Section>find("slug", slug).firstResultOptional();
        if (section.isPresent()) {
            return section.get();
        }
        var current = formerSlugs.current(FormerSlugs.Kind.SECTION, slug)
                .orElseThrow(() -> new NotFoundException("section", slug));
        if (!followFormerSlugs) {
            throw new MovedPermanentlyException(slug, current);
        }
        return Section.<Section>find("slug", current).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("section", slug));
    }
}
