package travel.confidence.console.decisionservice;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the decision service on a loopback port that answers {@code /api/destinations} with a
 * recorded response from {@code src/test/resources/decision-service/} and remembers the queries it got.
 * Closing it is how a test makes the service go away.
 */
public final class RecordedDecisionService implements AutoCloseable {

    private final HttpServer server;
    final List<String> queries = new CopyOnWriteArrayList<>();

    private RecordedDecisionService(HttpServer server) {
        this.server = server;
    }

    public static RecordedDecisionService answeringDestinationsWith(String recording) throws IOException {
        byte[] body;
        try (InputStream in = RecordedDecisionService.class.getResourceAsStream("/decision-service/" + recording)) {
            if (in == null) {
                throw new IllegalArgumentException("No recording " + recording);
            }
            body = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RecordedDecisionService stub = new RecordedDecisionService(server);
        server.createContext("/api/destinations", exchange -> {
            stub.queries.add(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        server.start();
        return stub;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
