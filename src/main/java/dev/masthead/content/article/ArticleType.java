package dev.masthead.content.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type label shown above a headline ("Analysis | Europe"). JSON (REST, and the OpenAPI
 * enum) carries its slug, {@code "analysis"}; GraphQL carries the constant, {@code ANALYSIS}.
 */
@Enum("ArticleType")
@Description("The type label printed above a headline.")
public enum ArticleType {
    ANALYSIS("analysis", "Analysis"),
    NEWS("news", "News"),
    OPINION("opinion", "Opinion"),
    SYMPOSIUM("symposium", "Symposium"),
    FEATURE("feature", "Feature"),
    INTERVIEW("interview", "Interview"),
    REVIEW("review", "Review");

    private final String slug;
    private final String label;

    ArticleType(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<ArticleType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public static String allowedSlugs() {
        return Arrays.stream(values()).map(ArticleType::slug).collect(Collectors.joining(", "));
    }
}
