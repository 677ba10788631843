package travel.confidence.service.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a public API (Open-Meteo, the State Department feed): answers every request with one
 * recorded file from the test resources after a delay the test sets. Only on 127.0.0.1.
 */
public final class RecordedApi implements AutoCloseable {

    private final HttpServer server;
    private final String resource;
    private final String contentType;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile Duration delay;

    private RecordedApi(HttpServer server, String resource, String contentType, Duration delay) {
        this.server = server;
        this.resource = resource;
        this.contentType = contentType;
        this.delay = delay;
    }

    public static RecordedApi serving(String resource, String contentType, Duration delay) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            RecordedApi api = new RecordedApi(server, resource, contentType, delay);
            server.createContext("/", api::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "recorded-api");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int hits() {
        return hits.get();
    }

    public void delay(Duration next) {
        this.delay = next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        try (exchange; InputStream in = RecordedApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            byte[] body = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // The client's deadline passed and it hung up: what a slow-source test expects.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
