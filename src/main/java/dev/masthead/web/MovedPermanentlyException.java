package dev.masthead.web;

import java.net.URI;

/** The resource lives at another address now; answered with 301 and a Location header. */
public class MovedPermanentlyException extends RuntimeException {

    private final URI location;

    public MovedPermanentlyException(URI location) {
        super(null, null, false, false);
        this.location = location;
    }

    public URI location() {
        return location;
    }
}
