package travel.confidence.console.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.console.security.LoginView;
import travel.confidence.console.security.StaffSession;

/**
 * Every failure in an event listener (a click, a value change) lands here: logged, and shown as a plain
 * notification instead of Vaadin's default (a log line and, in development mode, a stack trace). When the
 * service no longer accepts the token, the user goes back to the login view, which says why.
 */
final class ConsoleErrorHandler implements ErrorHandler {

    static final int SHOWN_FOR_MILLIS = 8000;

    @Override
    public void error(ErrorEvent event) {
        PlainMessage message = PlainMessage.loggedFor(event.getThrowable());
        uiOf(event).ifPresent(ui -> {
            // Usually called inside the request that failed, with the session locked: showing the
            // notification right away puts it into that request's response.
            if (ui.getSession() != null && ui.getSession().hasLock()) {
                show(ui, message);
            } else {
                ui.access(() -> show(ui, message));
            }
        });
    }

    private static Optional<UI> uiOf(ErrorEvent event) {
        return event.getComponent().flatMap(Component::getUI).or(() -> Optional.ofNullable(UI.getCurrent()));
    }

    private static void show(UI ui, PlainMessage message) {
        if (message.signInAgain()) {
            StaffSession.forget();
            ui.navigate(LoginView.ROUTE, new QueryParameters(Map.of(LoginView.EXPIRED, List.of(""))));
            return;
        }
        Notification notification = new Notification(message.text(), SHOWN_FOR_MILLIS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
