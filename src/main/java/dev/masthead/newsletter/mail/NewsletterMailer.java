package dev.masthead.newsletter.mail;

import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.NewsletterConfig;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.nodes.Entities;

/**
 * Writes the newsletter's own mails, the confirmation and the welcome, and hands them to
 * the SMTP server. Every mail carries a per-subscriber unsubscribe link and the RFC 8058
 * one-click headers. Addresses appear in logs only masked.
 */
@ApplicationScoped
public class NewsletterMailer {

    /** An SMTP exchange that has not finished by then counts as failed, and is retried. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMailer mailer;
    private final NewsletterConfig config;
    private final boolean mock;

    public NewsletterMailer(ReactiveMailer mailer, NewsletterConfig config,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock) {
        this.mailer = mailer;
        this.config = config;
        this.mock = mock;
    }

    /** Sends the mail and waits until the SMTP server has taken it; throws when it does not. */
    void send(MailJob job) {
        var mail = switch (job.kind()) {
            case CONFIRMATION -> confirmation(job);
            case WELCOME -> welcome(job);
        };
        if (mock) {
            // Dev mode: no SMTP server; show the links so the flow can be tried by hand.
            Log.infof("Mock %s mail to %s; confirm: %s; unsubscribe: %s", job.kind(), EmailAddresses.mask(job.email()),
                    job.confirmToken() == null ? "-" : link(config.confirmUrl(), job.confirmToken()),
                    link(config.unsubscribeUrl(), job.unsubscribeToken()));
        }
        mailer.send(mail).await().atMost(SEND_TIMEOUT);
    }

    private Mail confirmation(MailJob job) {
        var confirm = link(config.confirmUrl(), job.confirmToken());
        var hours = config.confirmationTtl().toHours();
        var text = """
                Please confirm that you want to receive %s at this address:

                %s

                The link works for %d hours. If you did not ask for this, ignore this mail: \
                without confirmation you will not hear from us again.
                """.formatted(job.listName(), confirm, hours);
        var html = """
                <p>Please confirm that you want to receive <strong>%s</strong> at this address:</p>
                <p><a href="%s">Confirm my subscription</a></p>
                <p>The link works for %d hours. If you did not ask for this, ignore this mail: \
                without confirmation you will not hear from us again.</p>
                """.formatted(escape(job.listName()), escape(confirm), hours);
        return withUnsubscribe(Mail.withText(job.email(), "Confirm your subscription to " + job.listName(), text),
                text, html, job.unsubscribeToken());
    }

    private Mail welcome(MailJob job) {
        var text = "You are subscribed to %s. Welcome aboard.\n".formatted(job.listName());
        var html = "<p>You are subscribed to <strong>%s</strong>. Welcome aboard.</p>\n".formatted(escape(job.listName()));
        return withUnsubscribe(Mail.withText(job.email(), "You are subscribed to " + job.listName(), text),
                text, html, job.unsubscribeToken());
    }

    private Mail withUnsubscribe(Mail mail, String text, String html, String unsubscribeToken) {
        var page = link(config.unsubscribeUrl(), unsubscribeToken);
        var oneClick = config.apiBaseUrl().replaceAll("/+$", "") + "/api/v1/newsletter/unsubscribe?token="
                + URLEncoder.encode(unsubscribeToken, StandardCharsets.UTF_8);
        return mail
                .setText(text + "\n--\nUnsubscribe: " + page + "\n")
                .setHtml(html + "<hr><p><a href=\"" + escape(page) + "\">Unsubscribe</a></p>\n")
                .addHeader("List-Unsubscribe", "<" + oneClick + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    public static String link(String template, String token) {
        return template.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
