package dev.masthead.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that knows how each database searches text. PostgreSQL matches a generated,
 * weighted tsvector through its GIN index; H2 looks terms up in {@code article_term} by
 * primary key. Either way a search is a join that keeps only the matching articles, and a
 * score to order them by; neither reads a body.
 */
@ApplicationScoped
public class TextSearch {

    private final boolean postgres;

    public TextSearch(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgres = "postgresql".equals(dbKind);
    }

    /** Whether this database's search reads {@code article_term}, which the application keeps (H2). */
    public boolean keepsTermRows() {
        return !postgres;
    }

    /**
     * How a query over {@code Article a} keeps only the articles holding every word: an HQL
     * join clause and a condition (either may be empty), and the HQL expression of each
     * article's score (a double; higher is more relevant).
     */
    public record Match(String join, String condition, String score) {
    }

    /**
     * The search for these query words, its parameters added to {@code params} with names
     * ending in {@code suffix} (so several searches can share one statement); empty when no
     * word can match anything (all stop words or single characters).
     */
    public Optional<Match> match(List<String> words, String suffix, Map<String, Object> params) {
        var terms = SearchTerms.ofQuery(words);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (postgres) {
            // PostgreSQL parses and stems the words itself, as it did the stored text.
            var q = "q" + suffix;
            params.put(q, String.join(" ", words));
            var document = "d" + suffix;
            return Optional.of(new Match(" join ArticleSearchDocument " + document + " on " + document
                    + ".articleId = a.id and " + SearchFunctions.MATCH + "(" + document + ".vector, :" + q + ")", "",
                    SearchFunctions.RANK + "(" + document + ".vector, :" + q + ")"));
        }
        // The matching ids come from the primary key (term, article_id): the first term's rows,
        // each further term looked up by key. As an IN condition on the article's id, H2 computes
        // them first and fetches those articles by id, rather than walking every article and
        // probing the terms of each. The score is summed for the matching articles only.
        // The score is one key lookup per term: H2 would read "term in (...)" as a range of whole
        // terms, not as pairs with the article's id.
        var from = new StringBuilder(" and a.id in (select t0.key.articleId from ArticleTerm t0");
        var score = new StringBuilder("cast(");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                from.append(" join ArticleTerm t").append(i).append(" on t").append(i).append(".key.term = :t")
                        .append(i).append(suffix).append(" and t").append(i).append(".key.articleId = t0.key.articleId");
                score.append(" + ");
            }
            score.append("(select w.weight from ArticleTerm w where w.key.term = :t").append(i).append(suffix)
                    .append(" and w.key.articleId = a.id)");
            params.put("t" + i + suffix, terms.get(i));
        }
        from.append(" where t0.key.term = :t0").append(suffix).append(')');
        return Optional.of(new Match("", from.toString(), score.append(" as Double)").toString()));
    }

    /**
     * An HQL query of the ids of every article holding all the words (its parameters added
     * to {@code params}), read through the search index alone, in no particular order and
     * whatever the articles' status; empty when no word can match anything. Run with a
     * limit, it tells a rare search from a common one at the cost of that many index entries.
     */
    public Optional<String> matchingIds(List<String> words, Map<String, Object> params) {
        var terms = SearchTerms.ofQuery(words);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (postgres) {
            params.put("q", String.join(" ", words));
            return Optional.of("select d.articleId from ArticleSearchDocument d where "
                    + SearchFunctions.MATCH + "(d.vector, :q)");
        }
        var hql = new StringBuilder("select t0.key.articleId from ArticleTerm t0");
        for (int i = 1; i < terms.size(); i++) {
            hql.append(" join ArticleTerm t").append(i).append(" on t").append(i).append(".key.term = :t").append(i)
                    .append(" and t").append(i).append(".key.articleId = t0.key.articleId");
        }
        hql.append(" where t0.key.term = :t0");
        for (int i = 0; i < terms.size(); i++) {
            params.put("t" + i, terms.get(i));
        }
        return Optional.of(hql.toString());
    }

    /**
     * An HQL condition (starting with " and") that article {@code a} holds all the words,
     * checked for that one article by key: for a list that walks its own index and checks
     * each article it meets, when the words match too many articles to fetch them all.
     * Empty when no word can match anything.
     */
    public Optional<String> check(List<String> words, String suffix, Map<String, Object> params) {
        var terms = SearchTerms.ofQuery(words);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (postgres) {
            var q = "q" + suffix;
            params.put(q, String.join(" ", words));
            return Optional.of(" and exists (select 1 from ArticleSearchDocument c" + suffix + " where c" + suffix
                    + ".articleId = a.id and " + SearchFunctions.MATCH + "(c" + suffix + ".vector, :" + q + "))");
        }
        var hql = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            var alias = "c" + i + suffix;
            hql.append(" and exists (select 1 from ArticleTerm ").append(alias).append(" where ").append(alias)
                    .append(".key.term = :t").append(i).append(suffix).append(" and ").append(alias)
                    .append(".key.articleId = a.id)");
            params.put("t" + i + suffix, terms.get(i));
        }
        return Optional.of(hql.toString());
    }
}
