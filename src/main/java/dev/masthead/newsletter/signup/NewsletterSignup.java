package dev.masthead.newsletter.signup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a signup box sends. */
@Input("NewsletterSignupInput")
@Description("A signup for a newsletter.")
@Schema(name = "NewsletterSignup", description = "A signup for a newsletter.")
public record NewsletterSignup(
        @Description("The reader's email address. Internationalised domains are accepted.")
        @Schema(required = true, maxLength = 320, examples = "reader@example.com")
        @NonNull @NotNull(message = "is required") @Size(max = 320, message = "must be at most 320 characters") String email,
        @Description("The list's slug; the default list (the weekly round-up) when absent.")
        @Schema(maxLength = 120, examples = "weekly-round-up")
        @Size(max = 120, message = "must be at most 120 characters") String list,
        @Description("Where the signup box sits, for the consent record, e.g. article-footer.")
        @Schema(maxLength = 200, examples = "article-footer")
        @Size(max = 200, message = "must be at most 200 characters") String source,
        @Description("The token a captcha widget produced, when the deployment requires one.")
        @Schema(maxLength = 4096)
        @Size(max = 4096, message = "must be at most 4096 characters") String captchaToken) {
}
