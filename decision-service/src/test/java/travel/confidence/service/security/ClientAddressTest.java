package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.simple.SimpleHttpRequest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request counts against: the socket's, and X-Forwarded-For only through trusted proxies. */
class ClientAddressTest {

    @Test
    void a_forwarded_for_header_from_a_client_is_ignored_when_no_proxy_is_trusted() {
        ClientAddress address = new ClientAddress(settings(List.of()));

        assertThat(address.of(from("198.51.100.7", "203.0.113.99"))).isEqualTo("198.51.100.7");
    }

    @Test
    void a_forwarded_for_header_from_an_untrusted_peer_is_ignored() {
        ClientAddress address = new ClientAddress(settings(List.of("10.0.0.0/8")));

        assertThat(address.of(from("198.51.100.7", "203.0.113.99"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behind_trusted_proxies_the_client_is_the_right_most_address_no_proxy_of_ours_added() {
        ClientAddress address = new ClientAddress(settings(List.of("10.0.0.0/8", "192.0.2.5")));

        assertThat(address.of(from("10.1.2.3", "203.0.113.99"))).isEqualTo("203.0.113.99");
        assertThat(address.of(from("10.1.2.3", "6.6.6.6, 203.0.113.99, 192.0.2.5"))).as("the client cannot spoof the left part")
                .isEqualTo("203.0.113.99");
        assertThat(address.of(from("10.1.2.3", "not-an-address, 203.0.113.99"))).isEqualTo("203.0.113.99");
        assertThat(address.of(from("10.1.2.3", "203.0.113.99, not-an-address"))).as("garbage a proxy of ours would never add")
                .isEqualTo("10.1.2.3");
    }

    @Test
    void address_blocks_cover_ipv4_and_ipv6_and_refuse_host_names() throws Exception {
        assertThat(AddressBlock.parse("10.0.0.0/8").contains(java.net.InetAddress.getByName("10.255.1.1"))).isTrue();
        assertThat(AddressBlock.parse("10.0.0.0/8").contains(java.net.InetAddress.getByName("11.0.0.1"))).isFalse();
        assertThat(AddressBlock.parse("fd00::/8").contains(java.net.InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(AddressBlock.parse("::1").contains(java.net.InetAddress.getByName("::1"))).isTrue();
        assertThatThrownBy(() -> AddressBlock.parse("proxy.example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    private static SecuritySettings settings(List<String> trusted) {
        return new SecuritySettings(PublicApiMode.OPEN, "confidence-public-api", null, trusted);
    }

    private static HttpRequest<?> from(String peer, String forwardedFor) {
        SimpleHttpRequest<Object> request = new SimpleHttpRequest<>(HttpMethod.GET, "/api/destinations", null) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
        request.header("X-Forwarded-For", forwardedFor);
        return request;
    }
}
