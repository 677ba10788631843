package travel.confidence.console;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.console.server.ConsoleServer;

/**
 * Starts the console: a Micronaut bean context (no Micronaut HTTP server) and an embedded Jetty serving the
 * Vaadin UI, whose views the bean context creates. Configuration comes from application.yml, environment
 * variables and system properties, as usual for Micronaut.
 */
public final class ConsoleApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    static final String DECISION_SERVICE_URL = "micronaut.http.services.decision-service.url";

    private final ApplicationContext context;
    private final ConsoleServer server;

    private ConsoleApplication(ApplicationContext context, ConsoleServer server) {
        this.context = context;
        this.server = server;
    }

    public static void main(String[] args) {
        ConsoleApplication console = start(Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(console::close, "console-shutdown"));
    }

    /** Starts the console with these properties on top of the usual configuration sources. */
    static ConsoleApplication start(Map<String, Object> properties) {
        long startedAt = System.nanoTime();
        ApplicationContext context = ApplicationContext.builder().properties(properties).start();
        try {
            ConsoleServer server = new ConsoleServer(context, context.getBean(ConsoleSettings.class));
            server.start();
            ConsoleApplication console = new ConsoleApplication(context, server);
            LOG.info("Confidence Engine console at {} (decision service at {}), started in {} ms",
                    console.url(), context.getProperty(DECISION_SERVICE_URL, String.class).orElse("?"),
                    Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
            return console;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** The address a browser opens, with the port actually bound. */
    URI url() {
        return server.url();
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }
}
