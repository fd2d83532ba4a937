package dev.masthead.web.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Access to the admin paths under /api/v1/admin, under {@code masthead.admin}. */
@ConfigMapping(prefix = "masthead.admin")
public interface AdminConfig {

    /**
     * The bootstrap token: a Bearer token holding every scope, for creating the first real
     * API tokens. Set it from the environment (MASTHEAD_ADMIN_TOKEN); unset, only API tokens
     * created earlier are accepted.
     */
    Optional<String> token();
}
