package travel.confidence.service.security;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * One address or CIDR block ({@code 10.0.0.7}, {@code 10.0.0.0/8}, {@code fd00::/8}). Only literal addresses are
 * read: a host name is refused rather than looked up.
 */
record AddressBlock(byte[] network, int prefixLength) {

    static AddressBlock parse(String text) {
        String value = text.strip();
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() -> new IllegalArgumentException(
                "not an IP address or CIDR block: '" + text + "'"));
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("prefix length out of range in '" + text + "'");
        }
        return new AddressBlock(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        BigInteger all = BigInteger.ONE.shiftLeft(network.length * 8).subtract(BigInteger.ONE);
        BigInteger mask = all.xor(all.shiftRight(prefixLength)); // the top prefixLength bits
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    /** The bytes of a literal IPv4 or IPv6 address; empty for anything else (no name lookups). */
    static Optional<byte[]> literal(String text) {
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean ipv4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
