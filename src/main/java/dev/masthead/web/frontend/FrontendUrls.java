package dev.masthead.web.frontend;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute links to the publication's pages, built from the templates of
 * {@link FrontendConfig}. A template that is not an absolute http(s) URL, or that names a
 * placeholder it cannot fill, stops the start instead of publishing broken links in feeds.
 */
@Startup
@ApplicationScoped
public class FrontendUrls {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final String home;
    private final String article;
    private final String section;

    public FrontendUrls(FrontendConfig config) {
        this.home = validated("masthead.frontend.home-url", config.homeUrl(), Set.of());
        this.article = validated("masthead.frontend.article-url", config.articleUrl(), Set.of("section", "slug"));
        this.section = validated("masthead.frontend.section-url", config.sectionUrl(), Set.of("section"));
    }

    /** The publication's home page. */
    public String home() {
        return home;
    }

    /** An article's page. */
    public String article(String sectionSlug, String articleSlug) {
        return fill(article, Map.of("section", sectionSlug, "slug", articleSlug));
    }

    /** A section's page. */
    public String section(String sectionSlug) {
        return fill(section, Map.of("section", sectionSlug));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = URLEncoder.encode(values.get(matcher.group(1)), StandardCharsets.UTF_8).replace("+", "%20");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String validated(String name, String template, Set<String> allowed) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group(1))) {
                throw new IllegalArgumentException(name + " may use the placeholders " + allowed + "; got " + template);
            }
        }
        URI uri;
        try {
            uri = URI.create(PLACEHOLDER.matcher(template).replaceAll("x"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be an absolute http or https URL; got " + template, e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(name + " must be an absolute http or https URL; got " + template);
        }
        return template;
    }
}
