package dev.masthead.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the whole test run; the mailer is
 * pointed at it. Test classes receive its {@link Mailbox} in a field marked {@link Inbox}.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link Mailbox} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inbox {
    }

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Mailbox(server),
                new TestInjector.AnnotatedAndMatchesType(Inbox.class, Mailbox.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
