package travel.confidence.console.server;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import travel.confidence.console.ConsoleSettings;

/**
 * Jetty with one web application at {@code /}. There is no WAR and no WEB-INF: everything is on the class
 * path, so the container class path is scanned (that is where Vaadin's initializers and the console's routes
 * live), and an empty directory stands in as the base resource.
 */
public final class ConsoleServer {

    /** The servlet-context attribute under which Vaadin finds the bean context. */
    public static final String BEAN_CONTEXT_ATTRIBUTE = ApplicationContext.class.getName();

    private final Server server;
    private final ServerConnector connector;
    private final Path baseDirectory;

    public ConsoleServer(ApplicationContext beans, ConsoleSettings settings) {
        this.baseDirectory = emptyBaseDirectory();
        this.server = new Server();
        this.connector = new ServerConnector(server);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(webApplication(beans));
        server.setStopAtShutdown(false);
    }

    private WebAppContext webApplication(ApplicationContext beans) {
        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setBaseResource(ResourceFactory.of(webapp).newResource(baseDirectory));
        // Classes come from the application class path, not from a WEB-INF/lib.
        webapp.setParentLoaderPriority(true);
        // Scan every class-path entry (jars and class directories) for @HandlesTypes, @WebListener, @Route.
        webapp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, ".*");
        webapp.addConfiguration(new AnnotationConfiguration());
        webapp.setAttribute(BEAN_CONTEXT_ATTRIBUTE, beans);
        webapp.setThrowUnavailableOnStartupException(true);
        return webapp;
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("The console's web server did not start", e);
        }
    }

    public URI url() {
        String host = connector.getHost() == null || "0.0.0.0".equals(connector.getHost())
                ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The console's web server did not stop cleanly", e);
        } finally {
            deleteQuietly(baseDirectory);
        }
    }

    private static Path emptyBaseDirectory() {
        try {
            return Files.createTempDirectory("confidence-console-webapp");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory for the console's web application", e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // Only an empty directory in the temp folder; nothing to recover.
        }
    }
}
