package dev.masthead.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Our signing against the Standard Webhooks test vector and reference library; the address rules. */
class WebhookSigningTest {

    @Test
    void signsTheSpecificationsTestVector() {
        // The test vector of the Standard Webhooks libraries (e.g. libraries/go/webhook_test.go, TestWebhookSign).
        var signature = WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreWhatTheReferenceLibraryTakes() throws Exception {
        var secret = WebhookSigner.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 44);
        assertThat(WebhookSigner.newSecret()).isNotEqualTo(secret);
        var reference = new Webhook(secret).sign("msg_1", 1796140800L, "{}");
        assertThat(WebhookSigner.sign(secret, "msg_1", 1796140800L, "{}")).isEqualTo(reference);
    }

    @Test
    void metadataAndLinkLocalAddressesAreRefusedEvenWhenPrivateOnesAreAllowed() throws Exception {
        var lenient = guard(true);
        for (var refused : new String[] { "169.254.169.254", "169.254.0.1", "fe80::1", "100.100.100.200",
                "fd00:ec2::254", "0.0.0.0", "::", "224.0.0.1", "255.255.255.255", "::ffff:169.254.169.254",
                "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::", "100::1", "198.18.0.1", "192.0.0.8" }) {
            assertThat(lenient.refusal(InetAddress.getByName(refused))).as(refused).isPresent();
        }
        assertThat(lenient.refusal("metadata.google.internal")).isPresent();
        for (var allowed : new String[] { "127.0.0.1", "10.1.2.3", "192.168.0.10", "::1", "fd12::1" }) {
            assertThat(lenient.refusal(InetAddress.getByName(allowed))).as(allowed).isEmpty();
        }
    }

    @Test
    void loopbackAndPrivateAddressesAreRefusedByDefault() throws Exception {
        var strict = guard(false);
        for (var refused : new String[] { "127.0.0.1", "127.5.5.5", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.0.10", "100.64.0.1", "::1", "fd12::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::", "::ffff:0:7f00:1" }) {
            assertThat(strict.refusal(InetAddress.getByName(refused))).as(refused).isPresent();
        }
        for (var allowed : new String[] { "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111" }) {
            assertThat(strict.refusal(InetAddress.getByName(allowed))).as(allowed).isEmpty();
        }
        assertThat(strict.refusal("localhost")).isPresent();
        assertThat(strict.refusal("[::1]")).isPresent();
    }

    private static AddressGuard guard(boolean allowPrivate) {
        return new AddressGuard(new WebhooksConfig() {
            @Override
            public boolean allowPrivateAddresses() {
                return allowPrivate;
            }

            @Override
            public java.time.Duration pollInterval() {
                return java.time.Duration.ofSeconds(1);
            }

            @Override
            public java.time.Duration timeout() {
                return java.time.Duration.ofSeconds(15);
            }

            @Override
            public int maxEndpoints() {
                return 50;
            }

            @Override
            public java.time.Duration logRetention() {
                return java.time.Duration.ofDays(30);
            }
        });
    }
}
