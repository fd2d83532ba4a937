package dev.masthead.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;

/** What the test SMTP server received, read the way a reader's mail program would. */
public final class Mailbox {

    private static final Pattern CONFIRM_TOKEN = Pattern.compile("/newsletter/confirm\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    /** How long a mail still in flight has to turn up before a test concludes none is coming. */
    private static final Duration QUIET = Duration.ofMillis(1500);

    private final GreenMail server;

    public Mailbox(GreenMail server) {
        this.server = server;
    }

    /** The messages delivered to the address so far, oldest first. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits (up to 20 s) until the address has at least {@code count} messages and returns them all. */
    public List<MimeMessage> await(String address, int count) {
        return Awaitility.await("at least " + count + " message(s) to " + address)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> to(address), Matchers.hasSize(Matchers.greaterThanOrEqualTo(count)));
    }

    /**
     * Waits until the addresses together have exactly {@code count} messages, and fails as soon
     * as there are more; that must hold for a second and a half, within which a mail in flight
     * arrives.
     */
    public void assertStays(int count, String... addresses) {
        Awaitility.await("exactly " + count + " message(s) to " + String.join(", ", addresses) + ", and no more")
                .during(QUIET)
                .atMost(QUIET.plusSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .failFast("more than " + count + " message(s) arrived", () -> total(addresses) > count)
                .until(() -> total(addresses), Matchers.equalTo(count));
    }

    private int total(String... addresses) {
        return Arrays.stream(addresses).mapToInt(a -> to(a).size()).sum();
    }

    /** The confirmation token in a confirmation mail's link. */
    public static String confirmToken(MimeMessage message) {
        var matcher = CONFIRM_TOKEN.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No confirmation link in: " + text(message));
        }
        return matcher.group(1);
    }

    /** The one-click unsubscribe address from the List-Unsubscribe header, without its angle brackets. */
    public static String oneClickUrl(MimeMessage message) {
        var value = header(message, "List-Unsubscribe");
        if (value == null || !value.startsWith("<") || !value.endsWith(">")) {
            throw new AssertionError("No List-Unsubscribe <url> header: " + value);
        }
        return value.substring(1, value.length() - 1);
    }

    /** The unsubscribe token of the message's List-Unsubscribe header. */
    public static String unsubscribeToken(MimeMessage message) {
        var matcher = TOKEN.matcher(oneClickUrl(message));
        if (!matcher.find()) {
            throw new AssertionError("No token in List-Unsubscribe");
        }
        return matcher.group(1);
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The decoded text/plain part. */
    public static String text(MimeMessage message) {
        try {
            var text = textOf(message);
            if (text == null) {
                throw new AssertionError("No text/plain part");
            }
            return text;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            var recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).map(Address::toString)
                    .anyMatch(r -> r.equalsIgnoreCase(address) || r.toLowerCase().endsWith("<" + address.toLowerCase() + ">"));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
