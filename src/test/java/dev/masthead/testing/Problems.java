package dev.masthead.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** Assertions on RFC 9457 problem bodies, so every error test checks the body, not only the status. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.dev/problems/" + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("dev.masthead")));
    }

    /** A 400 that names the offending parameter in errors[0].field. */
    public static ValidatableResponse assertInvalidParameter(ValidatableResponse response, String parameter) {
        return assertProblem(response, 400, "invalid-parameter")
                .body("errors[0].field", equalTo(parameter))
                .body("detail", containsString(parameter));
    }
}
