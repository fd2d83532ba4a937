package dev.masthead.newsletter;

import dev.masthead.web.problem.InvalidParameterException;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Email addresses as Masthead stores, compares and logs them. An address is stored
 * normalised: trimmed, lower-cased, and with an internationalised domain in its ASCII
 * (punycode) form, so "Reader@Bücher.example" and "reader@xn--bcher-kva.example" are one
 * subscriber. Logs only ever see {@link #mask(String)}. The abuse limits count by
 * {@link #mailboxKey(String)}, which folds the spellings that reach one mailbox together.
 */
public final class EmailAddresses {

    /** RFC 5321's limit on a forward path, which is what a mail server will accept. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_DOMAIN_LENGTH = 253;
    private static final Pattern DOT_ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /**
     * Domains whose mail servers ignore dots in the local part, each with the domain it
     * delivers to. Only Google documents this; other providers treat a dot as a character.
     */
    private static final Map<String, String> DOTLESS_DOMAINS = Map.of(
            "gmail.com", "gmail.com",
            "googlemail.com", "gmail.com");

    private EmailAddresses() {
    }

    /**
     * The normalised form of an address a reader typed.
     *
     * @throws InvalidParameterException naming {@code field} when it is not a deliverable address
     */
    public static String normalise(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidParameterException(field, "is required");
        }
        var address = raw.strip();
        if (address.length() > 320) {
            throw new InvalidParameterException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidParameterException(field, "must not contain spaces or control characters");
        }
        var at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new InvalidParameterException(field, "must be an address such as reader@example.com");
        }
        var local = address.substring(0, at);
        if (local.length() > MAX_LOCAL_LENGTH) {
            throw new InvalidParameterException(field, "must have at most " + MAX_LOCAL_LENGTH + " characters before the @");
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            throw new InvalidParameterException(field,
                    "has characters before the @ that mail servers do not accept (letters, digits and !#$%&'*+/=?^_`{|}~.- only; no leading, trailing or double dots)");
        }
        var domain = asciiDomain(address.substring(at + 1), field);
        var normalised = local.toLowerCase(Locale.ROOT) + "@" + domain;
        if (normalised.length() > MAX_LENGTH) {
            throw new InvalidParameterException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return normalised;
    }

    private static String asciiDomain(String domain, String field) {
        String ascii;
        try {
            ascii = IDN.toASCII(Normalizer.normalize(domain, Normalizer.Form.NFC), IDN.USE_STD3_ASCII_RULES)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "has a domain that is not a valid host name");
        }
        if (ascii.length() > MAX_DOMAIN_LENGTH) {
            throw new InvalidParameterException(field, "has a domain longer than " + MAX_DOMAIN_LENGTH + " characters");
        }
        var labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidParameterException(field, "needs a full domain after the @, such as example.com");
        }
        for (var label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidParameterException(field, "has a domain that is not a valid host name");
            }
        }
        if (DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw new InvalidParameterException(field, "needs a domain name after the @, not an IP address");
        }
        return ascii;
    }

    /**
     * The mailbox a normalised address delivers to, for counting signups and confirmation mails
     * per mailbox; never stored or mailed to. From the local part it drops a sub-address (the
     * first {@code +} and all after it, as Gmail, Outlook, iCloud, Fastmail, Proton and most
     * servers deliver {@code reader+news@} to {@code reader@}), for every domain, since a
     * server without sub-addressing merely has its {@code +} addresses counted together. For
     * gmail.com and googlemail.com it also drops the dots and writes the domain gmail.com.
     * Nothing else is folded: not a hyphen (Yahoo's disposable addresses, but an ordinary
     * character elsewhere), not dots at other providers.
     *
     * @param normalised an address as {@link #normalise(String, String)} returns it
     */
    public static String mailboxKey(String normalised) {
        var at = normalised.lastIndexOf('@');
        var local = normalised.substring(0, at);
        var domain = normalised.substring(at + 1);
        var plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        var delivers = DOTLESS_DOMAINS.get(domain);
        if (delivers != null) {
            local = local.replace(".", "");
            domain = delivers;
        }
        return local + "@" + domain;
    }

    /** The address as logs may show it: first character of the local part, then the domain. */
    public static String mask(String address) {
        if (address == null) {
            return "(none)";
        }
        var at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
