package travel.confidence.console.error;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/** Gives every new session the console's error handler. */
@Singleton
final class ErrorHandlerInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new ConsoleErrorHandler()));
    }
}
