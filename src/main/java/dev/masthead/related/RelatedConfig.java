package dev.masthead.related;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How "keep reading" teasers are ranked, under {@code masthead.related}. */
@ConfigMapping(prefix = "masthead.related")
public interface RelatedConfig {

    /** Weight of each tag an article shares with the one being read. */
    @WithDefault("3")
    double sharedTagWeight();

    /** Weight of being in the same section. */
    @WithDefault("2")
    double sameSectionWeight();

    /** Weight of each author an article shares with the one being read. */
    @WithDefault("2")
    double sharedAuthorWeight();

    /** Age at which a candidate's score halves; older articles fade, they are not cut off. */
    @WithDefault("30d")
    Duration halfLife();

    /** How many of the newest related candidates are scored; bounds the cost on any archive size. */
    @WithDefault("150")
    int candidates();

    /**
     * How many ranked teasers are stored per article: more than a rail shows (12 at most), so
     * that pins, exclusions and articles unpublished since still leave a full rail without
     * ranking anew. A rail that still comes up short is ranked on the spot for that read.
     */
    @WithDefault("24")
    int stored();

    /**
     * How many of the newest rails a change re-ranks at once: those sharing section, tags or
     * authors with the changed article, and those showing it. Older rails follow with
     * {@link #refreshAfter()}.
     */
    @WithDefault("50")
    int maintained();

    /** How many of the newest articles the background sweep ranks ahead of their first read. */
    @WithDefault("10000")
    int backfill();

    /** How many rails one run of the background sweep ranks; 0 switches the sweep off. */
    @WithDefault("100")
    int sweepBatch();

    /** Age at which a stored ranking is ranked anew in the background, taking in newer articles. */
    @WithDefault("1d")
    Duration refreshAfter();

    /** How often each instance looks for change events to re-rank from. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How often the background sweep runs. */
    @WithDefault("10s")
    Duration sweepInterval();
}
