package dev.masthead.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Puts {@link OpenApiValidationFilter} in front of every REST Assured request of every Quarkus test. */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiValidationFilter.install();
    }
}
