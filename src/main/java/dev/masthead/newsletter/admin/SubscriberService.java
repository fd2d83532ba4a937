package dev.masthead.newsletter.admin;

import dev.masthead.newsletter.ConsentEvent;
import dev.masthead.newsletter.EmailAddresses;
import dev.masthead.newsletter.Subscription;
import dev.masthead.newsletter.mail.NewsletterMail;
import dev.masthead.newsletter.signup.MailboxCap;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Data-protection requests about one address: what is held (export), and forgetting it (erasure). */
@ApplicationScoped
public class SubscriberService {

    private final MailboxCap mailboxCap;
    private final NewsletterMail mails;

    public SubscriberService(MailboxCap mailboxCap, NewsletterMail mails) {
        this.mailboxCap = mailboxCap;
        this.mails = mails;
    }

    /** Everything held about an address. */
    @Transactional
    public SubscriberExport export(String rawEmail) {
        var email = EmailAddresses.normalise(rawEmail, "email");
        List<Subscription> subscriptions = Subscription
                .find("from Subscription s join fetch s.list where s.email = ?1 order by s.createdAt, s.id", email).list();
        var history = new LinkedHashMap<Long, List<SubscriberExport.Event>>();
        subscriptions.forEach(s -> history.put(s.id, new ArrayList<>()));
        if (!subscriptions.isEmpty()) {
            ConsentEvent.<ConsentEvent>find("subscription.id in ?1 order by occurredAt, id", List.copyOf(history.keySet()))
                    .stream()
                    .forEach(e -> history.get(e.subscription.id)
                            .add(new SubscriberExport.Event(e.kind, e.occurredAt, e.source, e.ipHash)));
        }
        Log.infof("Exported %d subscription(s) of %s", subscriptions.size(), EmailAddresses.mask(email));
        return new SubscriberExport(email, subscriptions.stream()
                .map(s -> new SubscriberExport.Record(s.list.slug, s.status, s.source, s.consentedAt, s.consentIpHash,
                        s.confirmedAt, s.unsubscribedAt, s.createdAt, history.get(s.id)))
                .toList());
    }

    /**
     * Deletes every subscription of an address with its tokens and consent history, and what
     * the daily mail cap counted for its mailbox.
     */
    @Transactional
    public Erasure erase(String rawEmail) {
        var email = EmailAddresses.normalise(rawEmail, "email");
        mails.discard(email);
        // The schema cascades to newsletter_token and newsletter_consent_event.
        var erased = Subscription.delete("email", email);
        mailboxCap.forget(email);
        Log.infof("Erased %d subscription(s) of %s", erased, EmailAddresses.mask(email));
        return new Erasure(email, (int) erased);
    }
}
