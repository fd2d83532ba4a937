package dev.masthead.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends one attempt: a POST of the payload with the Standard Webhooks headers, signed with
 * every secret that signs now. Redirects are not followed (the specification counts them as
 * failures, and following one could lead into the local network); the answer's body is never
 * read. The address is checked against the {@link AddressGuard} right before sending.
 */
@ApplicationScoped
public class WebhookSender {

    /** What came of one attempt. */
    public record Result(Integer statusCode, int latencyMs, String error, Duration retryAfter) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    private static final String USER_AGENT = "Masthead-Webhooks/1";
    private static final long MAX_RETRY_AFTER_SECONDS = 86_400;
    /** A receiver that does not even accept the connection in this time is failing. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final AddressGuard guard;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        var thread = new Thread(runnable, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client;

    public WebhookSender(AddressGuard guard, WebhooksConfig config) {
        this.guard = guard;
        this.timeout = config.timeout();
        var connect = timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    public Result send(String url, String messageId, long timestampSeconds, String payload, List<String> secrets) {
        var started = System.nanoTime();
        var uri = URI.create(url);
        var refused = guard.refusal(uri.getHost());
        if (refused.isPresent()) {
            return new Result(null, 0, "Not sent: " + refused.get(), null);
        }
        var signatures = String.join(" ", secrets.stream()
                .map(secret -> WebhookSigner.sign(secret, messageId, timestampSeconds, payload)).toList());
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestampSeconds))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            // The body is not read: closing the stream ends the exchange, however much the receiver sends.
            var response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            var status = response.statusCode();
            return new Result(status, elapsed(started), status >= 200 && status < 300 ? null : describe(status),
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (HttpTimeoutException e) {
            return new Result(null, elapsed(started), "No answer within " + timeout.toSeconds() + " s", null);
        } catch (IOException e) {
            return new Result(null, elapsed(started), "Could not connect or send: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, elapsed(started), "Interrupted while sending", null);
        }
    }

    private static String describe(int status) {
        if (status >= 300 && status < 400) {
            return "Answered " + status + ", a redirect: redirects are not followed; register the final URL";
        }
        return "Answered " + status;
    }

    private static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Math.min(Long.parseLong(header.strip()), MAX_RETRY_AFTER_SECONDS));
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
