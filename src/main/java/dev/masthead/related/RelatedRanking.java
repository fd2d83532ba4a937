package dev.masthead.related;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Scores the newest candidates sharing tags, section or authors with an article and ranks
 * them, best first. The order does not depend on when it is computed: every score fades by
 * the same factor as time passes, so a stored ranking stays right until the candidates change.
 */
@ApplicationScoped
public class RelatedRanking {

    private final RelatedRepository repository;
    private final RelatedConfig config;

    public RelatedRanking(RelatedRepository repository, RelatedConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** At most {@code max} candidates for the source, best first, leaving out the excluded slugs. */
    public List<RelatedCandidate> rank(RelatedSignals source, Collection<String> excluded, Instant now, int max) {
        var halfLife = (double) config.halfLife().toSeconds();
        return repository.candidates(source, excluded, now, config.candidates()).stream()
                .sorted(Comparator.comparingDouble((RelatedCandidate c) -> -score(c, now.getEpochSecond(), halfLife))
                        .thenComparing(RelatedCandidate::publishedAt, Comparator.reverseOrder())
                        .thenComparing(RelatedCandidate::id, Comparator.reverseOrder()))
                .limit(max)
                .toList();
    }

    /** What a candidate shares with the article being read, faded by a half-life on its age. */
    double score(RelatedCandidate c, long nowEpochSecond, double halfLifeSeconds) {
        var affinity = config.sharedTagWeight() * c.sharedTags()
                + (c.sameSection() ? config.sameSectionWeight() : 0)
                + config.sharedAuthorWeight() * c.sharedAuthors();
        var age = Math.max(0, nowEpochSecond - c.publishedAt().getEpochSecond());
        return affinity * Math.pow(0.5, age / halfLifeSeconds);
    }
}
