package travel.confidence.service.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The address a request comes from, for per-address limits. By default the socket's peer: a client can write any
 * {@code X-Forwarded-For} it likes, so the header is believed only when the peer is one of the configured
 * {@code trusted-proxies}. Then the client is the right-most address in the header that is not itself a trusted
 * proxy (each proxy appends the address it saw; everything left of that could have been made up).
 */
@Singleton
class ClientAddress {

    private final List<AddressBlock> trusted;

    ClientAddress(SecuritySettings settings) {
        this.trusted = settings.trustedProxies().stream().map(AddressBlock::parse).toList();
    }

    String of(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        InetAddress address = peer == null ? null : peer.getAddress();
        String socket = address == null ? (peer == null ? "unknown" : peer.getHostString()) : address.getHostAddress();
        if (address == null || trusted.isEmpty() || !isTrusted(address)) {
            return socket;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
        String client = socket;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String[] hops = forwarded.get(i).split(",");
            for (int j = hops.length - 1; j >= 0; j--) {
                Optional<InetAddress> hop = parse(hops[j]);
                if (hop.isEmpty()) {
                    return client; // garbage in the header: stop at the last address we could vouch for
                }
                client = hop.get().getHostAddress();
                if (!isTrusted(hop.get())) {
                    return client;
                }
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    private static Optional<InetAddress> parse(String text) {
        return AddressBlock.literal(text).flatMap(bytes -> {
            try {
                return Optional.of(InetAddress.getByAddress(bytes));
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        });
    }
}
