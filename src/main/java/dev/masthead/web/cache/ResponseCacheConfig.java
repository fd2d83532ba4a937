package dev.masthead.web.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The in-process cache of public answers, under {@code masthead.cache}. */
@ConfigMapping(prefix = "masthead.cache")
public interface ResponseCacheConfig {

    /**
     * Whether public reads are served from memory. Off, every read goes to the database and
     * the serializer again (the headers a CDN needs are sent either way).
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * How many bytes of answers (identity and gzip together) the cache holds; past that the
     * least used are dropped.
     */
    @WithDefault("64M")
    MemorySize maxSize();

    /**
     * The longest an answer is kept. Only a safety net: changes drop what they touch at once,
     * by surrogate key.
     */
    @WithDefault("1h")
    Duration ttl();
}
