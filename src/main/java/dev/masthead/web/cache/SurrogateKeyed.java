package dev.masthead.web.cache;

import java.util.List;

/**
 * A response body that knows what content it was built from. {@link HttpCaching} lists
 * these keys in the {@code Surrogate-Key} header, so a CDN can purge exactly the
 * responses a change touched.
 */
public interface SurrogateKeyed {

    List<String> surrogateKeys();
}
