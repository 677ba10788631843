package travel.confidence.data.support;

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
 * A local stand-in for a public API: answers every request with a recorded file from the test resources,
 * with the status and delay the test sets, and counts the requests it got. Only on 127.0.0.1.
 */
public final class ApiStub implements AutoCloseable {

    /** What the stub answers. */
    public record Answer(int status, String resource, String contentType, Duration delay) {
    }

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile Answer answer;

    private ApiStub(HttpServer server, Answer first) {
        this.server = server;
        this.answer = first;
    }

    public static ApiStub start(Answer first) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ApiStub stub = new ApiStub(server, first);
            server.createContext("/", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "api-stub");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer ok(String resource, String contentType) {
        return new Answer(200, resource, contentType, Duration.ZERO);
    }

    public void answer(Answer next) {
        this.answer = next;
    }

    public void answer(int status, String resource, String contentType, Duration delay) {
        this.answer = new Answer(status, resource, contentType, delay);
    }

    public int hits() {
        return hits.get();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI uri(String path) {
        return uri().resolve(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        Answer current = answer;
        try (exchange) {
            if (!current.delay().isZero()) {
                Thread.sleep(current.delay().toMillis());
            }
            byte[] body = read(current.resource());
            exchange.getResponseHeaders().set("Content-Type", current.contentType());
            exchange.sendResponseHeaders(current.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // The client timed out and closed the connection: that is what the test wanted to see.
        }
    }

    private static byte[] read(String resource) throws IOException {
        if (resource == null) {
            return new byte[0];
        }
        try (InputStream in = ApiStub.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no recorded file " + resource);
            }
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
