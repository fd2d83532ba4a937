package dev.masthead.newsletter.signup;

import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemException;
import io.smallrye.graphql.api.ErrorCode;
import java.util.List;

/** The installed signup challenge (a captcha check) refused the request. */
@ErrorCode("captcha-failed")
public class CaptchaFailedException extends ProblemException {

    public CaptchaFailedException() {
        super(400, "captcha-failed", "Challenge failed",
                "The signup challenge was not passed; solve it again and resubmit with its captchaToken.",
                List.of(new Problem.FieldError("captchaToken", "was not accepted")));
    }
}
