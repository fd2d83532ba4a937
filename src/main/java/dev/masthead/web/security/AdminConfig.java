package dev.masthead.web.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Access to the admin paths under /api/v1/admin, under {@code masthead.admin}. */
@ConfigMapping(prefix = "masthead.admin")
public interface AdminConfig {

    /**
     * The Bearer token admin requests must carry. Set it from the environment
     * (MASTHEAD_ADMIN_TOKEN); while it is unset every admin request is refused.
     */
    Optional<String> token();
}
