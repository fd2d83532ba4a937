package dev.masthead.editorial.taxonomy;

/** A management representation whose ETag is its row's version. */
public interface Versioned {

    long version();
}
