package travel.confidence.service.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a language model server speaking the OpenAI-compatible chat completions API: answers
 * {@code POST /v1/chat/completions} with the content, status and delay the test sets, and keeps the last
 * request body. Only on 127.0.0.1.
 */
public final class ChatCompletionsStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;
    private volatile int status = 200;
    private volatile String content = "";
    private volatile String lastRequest;

    private ChatCompletionsStub(HttpServer server) {
        this.server = server;
    }

    public static ChatCompletionsStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ChatCompletionsStub stub = new ChatCompletionsStub(server);
            server.createContext("/v1/chat/completions", stub::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "chat-completions-stub");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next answers: after {@code delay}, with HTTP {@code status} and this message content. */
    public void answer(Duration delay, int status, String content) {
        this.delay = delay;
        this.status = status;
        this.content = content;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int calls() {
        return calls.get();
    }

    public String lastRequest() {
        return lastRequest;
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        try (exchange) {
            lastRequest = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"");
            byte[] body = ("{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion\",\"model\":\"stub-model\","
                    + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},"
                    + "\"finish_reason\":\"stop\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // The assistant's deadline passed and it hung up: what a slow-model test expects.
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
