package dev.masthead.web.limits;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key rate limits count a client by: its IPv4 address, or the /64 network of an IPv6
 * address, since one IPv6 subscriber is handed a whole /64.
 */
public final class ClientNetwork {

    private ClientNetwork() {
    }

    public static String of(String ip) {
        if (ip == null || ip.indexOf(':') < 0) {
            return ip == null ? "unknown" : ip;
        }
        try {
            var bytes = InetAddress.getByName(ip).getAddress();
            if (bytes.length != 16) {
                return ip;
            }
            for (int i = 8; i < 16; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return ip;
        }
    }
}
