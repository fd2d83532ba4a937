package dev.masthead.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps webhooks from reaching inside the network Masthead runs in (server-side request
 * forgery): an endpoint's host may not resolve to a loopback, private, link-local, multicast
 * or unspecified address, nor to a cloud provider's metadata service. Checked when an endpoint
 * is saved and again before every attempt, since what a name resolves to can change.
 * {@code masthead.webhooks.allow-private-addresses} lets loopback and private ranges through
 * for development; link-local and metadata addresses are refused always.
 */
@ApplicationScoped
public class AddressGuard {

    /** Metadata services that answer on addresses outside the link-local range, and their names. */
    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata",
            "metadata.azure.internal", "instance-data", "instance-data.ec2.internal");
    private static final Set<String> METADATA_ADDRESSES = Set.of("100.100.100.200", "fd00:ec2:0:0:0:0:0:254",
            "192.0.0.192");

    private final boolean allowPrivate;

    public AddressGuard(WebhooksConfig config) {
        this.allowPrivate = config.allowPrivateAddresses();
    }

    /** Resolves the host: empty when every address it has is allowed, else why not. */
    public Optional<String> refusal(String host) {
        var name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (METADATA_HOSTS.contains(name)) {
            return Optional.of("the host " + host + " is a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (var address : addresses) {
            var refused = refusal(address);
            if (refused.isPresent()) {
                return Optional.of("the host " + host + " resolves to " + address.getHostAddress() + ", "
                        + refused.get());
            }
        }
        return Optional.empty();
    }

    Optional<String> refusal(InetAddress address) {
        if (address instanceof Inet6Address v6 && embeddedIpv4(v6) != null) {
            return refusal(embeddedIpv4(v6));
        }
        if (METADATA_ADDRESSES.contains(address.getHostAddress())) {
            return Optional.of("a cloud metadata address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (where cloud metadata services answer)");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress() || isBroadcastOrReserved(address)) {
            return Optional.of("which is not a unicast address on the internet");
        }
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || isUniqueLocal(address)
                || isSharedAddressSpace(address)) {
            return allowPrivate ? Optional.empty() : Optional.of("a loopback or private address");
        }
        return Optional.empty();
    }

    /** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) addresses name an IPv4 address. */
    private static InetAddress embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);
        if (!mapped && !compatible) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** fc00::/7 */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT: private in all but name. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    /** 0.0.0.0/8, 240.0.0.0/4 and 255.255.255.255. */
    private static boolean isBroadcastOrReserved(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && ((b[0] & 0xff) == 0 || (b[0] & 0xf0) == 0xf0);
    }
}
