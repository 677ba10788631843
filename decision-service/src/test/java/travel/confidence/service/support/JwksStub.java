package travel.confidence.service.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A frontend identity provider's key set on a loopback port ({@code /.well-known/jwks.json}), publishing the public
 * half of one RSA key whose private half tests sign travellers' tokens with.
 */
public final class JwksStub implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;

    private JwksStub(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    public static JwksStub start() {
        RSAKey key = TravellerTokens.newRsaKey("frontend-key-1");
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new JwksStub(server, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** The key the identity provider signs with (private half included). */
    public RSAKey key() {
        return key;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
