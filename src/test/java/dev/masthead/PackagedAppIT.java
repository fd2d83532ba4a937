package dev.masthead;

import static dev.masthead.testing.Mailbox.confirmToken;
import static dev.masthead.testing.Mailbox.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.masthead.testing.Mailbox;
import dev.masthead.testing.PackagedApp;
import dev.masthead.testing.SmtpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged application (java -jar target/quarkus-app/quarkus-run.jar, prod profile),
 * started by Failsafe in ./mvnw verify: it comes up on a fresh database, serves the demo
 * content it loads on first start, and runs the newsletter's double opt-in over real SMTP.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedApp.class)
class PackagedAppIT {

    private static final String SEED = "blinken-cancels-meeting-with-lavrov-citing-russian-invasion";

    @SmtpServer.Inbox
    Mailbox inbox;

    @PackagedApp.H2File
    Path h2File;

    @Test
    void anH2BuildStartsOnAFreshDatabaseFileUnderTarget() {
        Assumptions.assumeTrue(h2File != null, "a PostgreSQL build runs on a fresh PostgreSQL database instead");
        assertThat(h2File).exists().isRegularFile();
        assertThat(h2File.toString()).contains("/target/it-");
    }

    @Test
    void servesTheSeedArticleItLoadedOnFirstStart() {
        given().get("/api/v1/articles/" + SEED).then().statusCode(200)
                .body("headline", equalTo("Blinken cancels meeting with Lavrov, citing Russian 'invasion'"))
                .body("dek", equalTo("The move follows an announcement by the White House that it's slapping a first"
                        + " tranche of sanctions on Moscow."))
                .body("typeLabel", equalTo("Analysis"))
                .body("section.slug", equalTo("europe"))
                .body("section.name", equalTo("Europe"))
                .body("heroImage.credit", equalTo("State Department photo by Ron Przysucha/ Public Domain"))
                .body("body.blocks", hasSize(6))
                .body("body.blocks.type", everyItem(equalTo("paragraph")))
                .body("body.blocks[0].html", startsWith("The much-anticipated meeting between U.S. Secretary of State"))
                .body("body.blocks[5].html", startsWith("Blinken said talks would only commence"));
    }

    @Test
    void signsUpAndConfirmsThroughTheMailedLink() {
        var email = "packaged-" + System.nanoTime() + "@example.com";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "source", "integration-test"))
                .post("/api/v1/newsletter/subscriptions").then()
                .statusCode(202)
                .body("status", equalTo("accepted"));

        var confirmation = inbox.await(email, 1).get(0);
        assertThat(subject(confirmation)).isEqualTo("Confirm your subscription to Weekly round-up");
        given().contentType(ContentType.JSON).body(Map.of("token", confirmToken(confirmation)))
                .post("/api/v1/newsletter/confirmations").then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("list.slug", equalTo("weekly-round-up"));
        assertThat(subject(inbox.await(email, 2).get(1))).isEqualTo("You are subscribed to Weekly round-up");
    }
}
