package dev.masthead.web.cache;

import java.util.Set;

/**
 * Fired (a CDI event) inside a transaction that changes what public answers show without a
 * change event of its own, such as a related-teaser ranking maintained in the background:
 * the answers holding these surrogate keys are dropped when it commits, on every instance,
 * as for a change event.
 */
public record StaleAnswers(Set<String> surrogateKeys) {
}
