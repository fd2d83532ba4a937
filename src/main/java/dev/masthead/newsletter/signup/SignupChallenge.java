package dev.masthead.newsletter.signup;

/**
 * The hook for a captcha or other bot check on signups. Masthead's default lets every
 * signup through; to require a check, add a CDI bean implementing this interface (it
 * replaces the default) that verifies the frontend's {@code captchaToken} with the
 * provider, such as hCaptcha or Cloudflare Turnstile.
 */
public interface SignupChallenge {

    /**
     * Whether the signup may go ahead.
     *
     * @param captchaToken what the frontend's widget produced; null when it sent none
     * @param clientIp the client's address, which most providers want alongside the token
     */
    boolean passes(String captchaToken, String clientIp);
}
