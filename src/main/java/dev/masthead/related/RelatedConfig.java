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
}
