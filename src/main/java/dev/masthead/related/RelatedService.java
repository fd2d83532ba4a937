package dev.masthead.related;

import dev.masthead.content.Slugs;
import dev.masthead.content.article.ArticleService;
import dev.masthead.content.article.ArticleSummary;
import dev.masthead.database.PublicRead;
import dev.masthead.web.problem.InvalidParameterException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Serves "keep reading" teasers: the editor's pins first, in their order; then the article's
 * stored ranking of the newest candidates sharing tags, section or authors, scored and faded by
 * age ({@link RelatedRails} keeps it up); then the latest articles site-wide, so the rail is
 * never empty while other articles are published.
 */
@PublicRead
@ApplicationScoped
public class RelatedService {

    public static final int DEFAULT_LIMIT = 3;
    public static final int MAX_LIMIT = 12;
    public static final int MAX_EXCLUDED = 50;

    private final ArticleService articles;
    private final RelatedRepository ranking;
    private final RelatedRanking ranker;
    private final RelatedStore store;
    private final RelatedConfig config;
    private final Clock clock;

    public RelatedService(ArticleService articles, RelatedRepository ranking, RelatedRanking ranker,
            RelatedStore store, RelatedConfig config, Clock clock) {
        this.articles = articles;
        this.ranking = ranking;
        this.ranker = ranker;
        this.store = store;
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
            var stored = storedRanking(source, now);
            stored.visible().stream()
                    .filter(t -> t.id() != source.id() && !chosen.contains(t.id()) && !excluded.contains(t.slug()))
                    .limit(wanted - chosen.size())
                    .forEach(t -> chosen.add(t.id()));
            if (chosen.size() < wanted && stored.stored() >= config.stored()) {
                // Pins, exclusions and unpublished teasers ate into a full ranking: more candidates
                // may follow it, so this read ranks them itself, as every read once did.
                ranker.rank(source, excluded, now, config.stored()).stream()
                        .filter(c -> !chosen.contains(c.id()))
                        .limit(wanted - chosen.size())
                        .forEach(c -> chosen.add(c.id()));
            }
        }
        if (chosen.size() < wanted) {
            var skip = new ArrayList<>(chosen);
            skip.add(source.id());
            chosen.addAll(ranking.latestIds(skip, excluded, now, wanted - chosen.size()));
        }
        return articles.teasers(chosen.stream().limit(wanted).toList(), withBylinesAndTags);
    }

    /**
     * The article's stored ranking; on its first read, ranked here and stored for the next reads.
     * Storing happens in a transaction of its own and may lose a race with another read or
     * instance storing the same ranking, which is as good.
     */
    private RelatedStore.Ranked storedRanking(RelatedSignals source, Instant now) {
        var stored = store.read(source.id(), now);
        if (stored.isPresent()) {
            return stored.get();
        }
        var ranked = ranker.rank(source, List.of(), now, config.stored());
        var ids = ranked.stream().map(RelatedCandidate::id).toList();
        try {
            QuarkusTransaction.requiringNew().run(() -> store.replace(source.id(), ids, now));
        } catch (RuntimeException e) {
            Log.debugf(e, "Storing the related ranking of article %d lost a race; the stored one stands", source.id());
        }
        return new RelatedStore.Ranked(ranked.stream().map(c -> new RelatedStore.Teaser(c.id(), c.slug())).toList(),
                ids.size());
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
