package travel.confidence.console.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/**
 * Checks every navigation before a view opens: signed in, token still valid, role allows the view. Installed on
 * every UI of the service (the instantiator hands Vaadin the service-init listeners that are beans).
 */
@Singleton
final class AccessControl implements VaadinServiceInitListener {

    private final Clock clock;

    AccessControl(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Optional<SignedInStaff> staff = StaffSession.current();
        switch (Access.decide(event.getNavigationTarget(), staff, clock.instant())) {
            case ALLOWED -> {
            }
            case SIGN_IN -> {
                StaffSession.rememberDestination(event.getLocation().getPathWithQueryParameters());
                event.forwardTo(LoginView.ROUTE);
            }
            case EXPIRED -> {
                StaffSession.forget();
                event.forwardTo(LoginView.ROUTE, new QueryParameters(Map.of(LoginView.EXPIRED, List.of(""))));
            }
            case FORBIDDEN -> {
                RequiresRole required = event.getNavigationTarget().getAnnotation(RequiresRole.class);
                RoleRequiredException refused = new RoleRequiredException(required.value(), staff.orElseThrow().role());
                event.rerouteToError(refused, refused.getMessage());
            }
        }
    }
}
