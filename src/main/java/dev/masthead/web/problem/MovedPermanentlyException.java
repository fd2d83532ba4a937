package dev.masthead.web.problem;

/**
 * What was asked for by a former slug now lives under its current one. Services throw it
 * with the two slugs; the problem mapper answers 301 with the request's address, that
 * slug swapped for the current one.
 */
public class MovedPermanentlyException extends RuntimeException {

    private final String formerSlug;
    private final String currentSlug;

    public MovedPermanentlyException(String formerSlug, String currentSlug) {
        super(null, null, false, false);
        this.formerSlug = formerSlug;
        this.currentSlug = currentSlug;
    }

    public String formerSlug() {
        return formerSlug;
    }

    public String currentSlug() {
        return currentSlug;
    }
}
