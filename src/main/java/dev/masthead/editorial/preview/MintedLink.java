package dev.masthead.editorial.preview;

import java.time.Instant;

/** A preview link just made: the token itself (only this once), its article and its end. */
public record MintedLink(String token, Instant expiresAt, long articleId, String slug) {
}
