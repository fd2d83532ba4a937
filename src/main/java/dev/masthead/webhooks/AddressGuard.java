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

    /**
     * The IPv4 address an IPv6 address carries, if it is of a kind that reaches one: IPv4-mapped
     * (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d and
     * 64:ff9b:1::/48), 6to4 (2002:aabb:ccdd::) and IPv4-compatible (::a.b.c.d).
     */
    private static InetAddress embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return ipv4(b[2], b[3], b[4], b[5]);
        }
        if (b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0
                && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
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
        return ipv4(b[12], b[13], b[14], b[15]);
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] { a, b, c, d });
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

    /**
     * 0.0.0.0/8, 192.0.0.0/24 (protocol assignments), 198.18.0.0/15 (benchmarking), 240.0.0.0/4,
     * 255.255.255.255 and the IPv6 discard prefix 100::/64.
     */
    private static boolean isBroadcastOrReserved(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xff) == 0x01 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0
                    && b[6] == 0 && b[7] == 0;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first & 0xf0) == 0xf0 || (first == 192 && second == 0 && b[2] == 0)
                || (first == 198 && (second & 0xfe) == 18);
    }
}
