package dev.masthead.editorial.preview;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;
import java.time.Instant;
import java.util.List;

/** A preview link whose time is up: the frontend should leave preview mode or ask for a new link. */
@ErrorCode("preview-link-expired")
public class PreviewLinkExpiredException extends ProblemException {

    public PreviewLinkExpiredException(Instant expiredAt) {
        super(403, "preview-link-expired", "Preview link expired", "The preview link expired at " + expiredAt
                        + "; ask for a new one (POST /api/v1/admin/articles/{id}/preview-link).",
                List.of(new Problem.FieldError("preview", "expired at " + expiredAt)));
    }
}
