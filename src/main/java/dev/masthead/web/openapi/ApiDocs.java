package dev.masthead.web.openapi;

import dev.masthead.web.problem.Problem;

/** Texts shared by the OpenAPI annotations of every resource. */
public final class ApiDocs {

    private ApiDocs() {
    }

    public static final String PROBLEM = Problem.MEDIA_TYPE;
    public static final String BAD_REQUEST = "A parameter is malformed or out of range; the problem names it.";
    public static final String NOT_FOUND = "Nothing public has that slug.";
    public static final String NOT_ACCEPTABLE = "The Accept header rules out application/json.";
    public static final String LINK = "RFC 8288 link to the next page (rel=\"next\"); absent on the last page.";
    public static final String TOO_MANY = "Over a request limit; wait Retry-After seconds. RateLimit-Policy names the limit.";
    public static final String RETRY_AFTER = "Seconds to wait before trying again.";
    public static final String SERVICE_BUSY = "The database could not answer in time (a statement timeout, a lock, no free connection);"
            + " wait Retry-After seconds and try again.";
    public static final String RATE_LIMIT_POLICY = "The limit that was hit, e.g. \"signup-ip\";q=20;w=600 (draft-ietf-httpapi-ratelimit-headers).";
    public static final String RATE_LIMIT = "What is left of that limit, e.g. \"signup-ip\";r=0;t=30.";
        public static final String TOO_LARGE = "The body is larger than the limit (quarkus.http.limits.max-body-size, 1 MB).";
    public static final String CORS_REFUSED = "A browser on an origin not in quarkus.http.cors.origins, or asking for a "
            + "method the API does not offer cross-origin; the problem names the setting.";
    public static final String ETAG = "Strong validator of this representation; send it back in If-None-Match.";
    public static final String CACHE_CONTROL = "How long browsers and CDNs may keep it, e.g. public, max-age=60, "
            + "stale-while-revalidate=300.";
    public static final String SURROGATE_KEY = "Space-separated keys of what the response was built from "
            + "(article-<slug>, section-<slug>, articles ...), for purging a CDN.";
    public static final String NOT_MODIFIED = "The representation still has the ETag sent in If-None-Match; no body.";
    public static final String PRECONDITION_FAILED = "If-Match names none of the current ETags.";
    public static final String UNSUPPORTED = "The body is not application/json, or has no Content-Type; Accept-Post names what is taken.";
}
