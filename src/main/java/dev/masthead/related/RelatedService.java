package dev.masthead.related;

import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticleService;
import dev.masthead.content.article.ArticleSummary;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ranks "keep reading" teasers: the editor's pins first, in their order; then the newest
 * candidates sharing tags, section or authors, scored and faded by age; then the latest
 * articles site-wide, so the rail is never empty while other articles are published.
 */
@PublicRead
@ApplicationScoped
public class RelatedService {

    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 12;
    public static final int MAX_EXCLUDED = 50;

    private final ArticleService articles;
    private final RelatedRepository ranking;
    private final RelatedConfig config;
    private final Clock clock;

    public RelatedService(ArticleService articles, RelatedRepository ranking, RelatedConfig config, Clock clock) {
        this.articles = articles;
        this.ranking = ranking;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The related teasers of the published article with this slug.
     *
     * @param limit how many, 1 to 12; null for 3
     * @param exclude slugs to leave out (the LATEST rail's, say); comma-separated values are split
     * @param withBylinesAndTags false when the caller loads bylines and tags itself
     */
    @Transactional
    public List<ArticleSummary> related(String slug, Integer limit, List<String> exclude, boolean withBylinesAndTags) {
        return related(slug, limit, exclude, withBylinesAndTags, "limit");
    }

    /** As above, naming the size parameter as the calling door does in errors. */
    @Transactional
    public List<ArticleSummary> related(String slug, Integer limit, List<String> exclude, boolean withBylinesAndTags,
            String limitName) {
        int wanted = limit(limitName, limit);
        var excluded = excluded(exclude);
        var now = clock.instant();
        var source = ranking.signals(articles.visible(slug), excluded, now);

        var chosen = new LinkedHashSet<Long>(source.pinnedIds());
        if (chosen.size() < wanted) {
            var halfLife = (double) config.halfLife().toSeconds();
            ranking.candidates(source, excluded, now, config.candidates()).stream()
                    .filter(c -> !chosen.contains(c.id()))
                    .sorted(Comparator.comparingDouble((RelatedCandidate c) -> -score(c, now.getEpochSecond(), halfLife))
                            .thenComparing(RelatedCandidate::publishedAt, Comparator.reverseOrder())
                            .thenComparing(RelatedCandidate::id, Comparator.reverseOrder()))
                    .limit(wanted - chosen.size())
                    .forEach(c -> chosen.add(c.id()));
        }
        if (chosen.size() < wanted) {
            var skip = new ArrayList<>(chosen);
            skip.add(source.id());
            chosen.addAll(ranking.latestIds(skip, excluded, now, wanted - chosen.size()));
        }
        return articles.teasers(chosen.stream().limit(wanted).toList(), withBylinesAndTags);
    }

    /** What a candidate shares with the article being read, faded by a half-life on its age. */
    double score(RelatedCandidate c, long nowEpochSecond, double halfLifeSeconds) {
        var affinity = config.sharedTagWeight() * c.sharedTags()
                + (c.sameSection() ? config.sameSectionWeight() : 0)
                + config.sharedAuthorWeight() * c.sharedAuthors();
        var age = Math.max(0, nowEpochSecond - c.publishedAt().getEpochSecond());
        return affinity * Math.pow(0.5, age / halfLifeSeconds);
    }

    /** A limit as a client typed it; anything but a whole number is a 400 naming the parameter. */
    public static Integer parseLimit(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }

    private static int limit(String name, Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException(name, "must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        return limit;
    }

    private static List<String> excluded(List<String> exclude) {
        if (exclude == null) {
            return List.of();
        }
        var slugs = exclude.stream().flatMap(e -> Arrays.stream(e.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (slugs.size() > MAX_EXCLUDED) {
            throw new InvalidParameterException("exclude", "may name at most " + MAX_EXCLUDED + " slugs");
        }
        for (var s : slugs) {
            if (!Slugs.isValid(s)) {
                throw new InvalidParameterException("exclude",
                        "must be article slugs separated by commas; '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                                + "' is not a slug");
            }
        }
        return slugs;
    }
}
