package dev.masthead.editorial.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Draft preview for frontends, under {@code masthead.preview}. */
@ConfigMapping(prefix = "masthead.preview")
public interface PreviewConfig {

    /**
     * How long a preview link (POST /api/v1/admin/articles/{id}/preview-link) opens its
     * article. Short: anyone who has the link reads the unpublished article until then.
     */
    @WithDefault("1h")
    Duration linkTtl();

    /** How long an expired link is kept, so it answers "expired" rather than "unknown", before it is deleted. */
    @WithDefault("7d")
    Duration expiredLinkRetention();
}
