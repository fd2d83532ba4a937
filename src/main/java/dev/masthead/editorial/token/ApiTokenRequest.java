package dev.masthead.editorial.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The Bearer value of a request, on its way to {@link ApiTokenIdentityProvider}. */
public final class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String bearer;

    public ApiTokenRequest(String bearer) {
        this.bearer = bearer;
    }

    public String bearer() {
        return bearer;
    }
}
