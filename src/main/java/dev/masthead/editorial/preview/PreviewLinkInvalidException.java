package dev.masthead.editorial.preview;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** A preview token that no link has (mistyped, cut off, or deleted with its article or long after it expired). */
@ErrorCode("preview-link-invalid")
public class PreviewLinkInvalidException extends ProblemException {

    public PreviewLinkInvalidException() {
        super(403, "preview-link-invalid", "Invalid preview link", "The preview token is not one Masthead gave out, "
                        + "or its article is gone; ask for a new link (POST /api/v1/admin/articles/{id}/preview-link).",
                List.of(new Problem.FieldError("preview", "is not a known preview token")));
    }
}
