package dev.masthead.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error Masthead answers with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(required = true, description = "A URI naming the kind of problem; stable, safe to switch on.",
                examples = "https://masthead.dev/problems/invalid-parameter") String type,
        @Schema(required = true, description = "A short summary of the kind of problem.", examples = "Invalid parameter")
        String title,
        @Schema(required = true, description = "The HTTP status code.", examples = "400") int status,
        @Schema(required = true, description = "What went wrong in this request and how to fix it.",
                examples = "limit must be between 1 and 100; got 500.") String detail,
        @Schema(required = true, description = "The request path the problem occurred on.", examples = "/api/v1/articles")
        String instance,
        @Schema(description = "For validation problems: each offending field or parameter; absent otherwise.")
        List<FieldError> errors,
        @Schema(description = "For server errors: an identifier that the server log carries too; absent otherwise.")
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://masthead.dev/problems/";

    /** One offending field or parameter of a request. */
    @Schema(name = "FieldError", description = "One offending field or parameter.")
    public record FieldError(
            @Schema(required = true, description = "The parameter or JSON field name.", examples = "limit") String field,
            @Schema(required = true, description = "What is wrong with it and what is allowed.",
                    examples = "must be between 1 and 100") String message) {
    }
}
