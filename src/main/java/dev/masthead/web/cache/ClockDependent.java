package dev.masthead.web.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a public read whose answer changes with the passing of time as well as with content
 * (a window of "the last two days"): no change event says when it moves, so the response
 * cache does not keep it. Its HTTP caching headers (ETag, Cache-Control, Surrogate-Key) stay.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClockDependent {
}
