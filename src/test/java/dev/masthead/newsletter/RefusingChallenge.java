package dev.masthead.newsletter;

import dev.masthead.newsletter.signup.SignupChallenge;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A signup challenge as a deployment would install one, replacing Masthead's default: it
 * refuses one token and lets every other through.
 */
@ApplicationScoped
public class RefusingChallenge implements SignupChallenge {

    static final String REFUSED = "refuse-me";

    @Override
    public boolean passes(String captchaToken, String clientIp) {
        return !REFUSED.equals(captchaToken) && clientIp != null;
    }
}
