package dev.masthead.newsletter.signup;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The default {@link SignupChallenge}: none. The rate limits still apply. */
@DefaultBean
@ApplicationScoped
public class NoSignupChallenge implements SignupChallenge {

    @Override
    public boolean passes(String captchaToken, String clientIp) {
        return true;
    }
}
