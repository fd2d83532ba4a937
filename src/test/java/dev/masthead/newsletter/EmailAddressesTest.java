package dev.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mailbox key that the abuse limits count by: what it folds together, and what it leaves alone. */
class EmailAddressesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Sub-addresses go, at every domain.
            "reader+news@example.com, reader@example.com",
            "reader+a+b@example.com, reader@example.com",
            "reader+@outlook.com, reader@outlook.com",
            // Gmail ignores dots and answers to googlemail.com as well.
            "r.e.a.d.e.r@gmail.com, reader@gmail.com",
            "r.eader+x.y@googlemail.com, reader@gmail.com",
            // Elsewhere a dot is part of the name; a hyphen everywhere.
            "first.last@example.com, first.last@example.com",
            "first.last@outlook.com, first.last@outlook.com",
            "first.last@mail.gmail.com, first.last@mail.gmail.com",
            "reader-news@yahoo.com, reader-news@yahoo.com",
            // A local part that is all tag keeps it: there is nothing else to name the mailbox.
            "+news@example.com, +news@example.com",
    })
    void mailboxKeyFoldsSubAddressesEverywhereAndDotsOnlyAtGmail(String address, String key) {
        assertThat(EmailAddresses.mailboxKey(EmailAddresses.normalise(address, "email"))).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Reader+News@GMail.com, reader@gmail.com", "'  R.Eader@Bücher.Example ', r.eader@xn--bcher-kva.example"})
    void mailboxKeyWorksOnTheNormalisedForm(String typed, String key) {
        assertThat(EmailAddresses.mailboxKey(EmailAddresses.normalise(typed, "email"))).isEqualTo(key);
    }
}
