package dev.masthead.editorial.token;

import java.util.Set;

/** Who a valid Bearer token speaks for: the token's id and its scopes. */
public record Caller(String tokenId, Set<String> scopes) {

    /** The id the configured bootstrap token (MASTHEAD_ADMIN_TOKEN) acts under. */
    public static final String BOOTSTRAP = "bootstrap";
}
