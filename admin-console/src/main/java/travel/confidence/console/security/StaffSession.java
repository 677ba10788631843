package travel.confidence.console.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signed-in member of staff, kept as an attribute of the current Vaadin session. Reading works from any
 * thread that has the session as current (a UI request, a download), locking the session if the thread does not
 * hold it already.
 */
public final class StaffSession {

    /** Where a user who had to sign in first was going. */
    private static final String DESTINATION = StaffSession.class.getName() + ".destination";

    private StaffSession() {
    }

    public static Optional<SignedInStaff> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(locked(session, () -> session.getAttribute(SignedInStaff.class)));
    }

    /** Whether the signed-in member of staff is an admin: what decides if admin-only controls are shown at all. */
    public static boolean isAdmin() {
        return current().map(SignedInStaff::isAdmin).orElse(false);
    }

    /**
     * Starts a signed-in session: a new HTTP session id first (so an id known before signing in is worth nothing
     * afterwards), then the member of staff on the Vaadin session.
     */
    static void signIn(SignedInStaff staff) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(SignedInStaff.class, staff);
    }

    /** Forgets who is signed in, without ending the session (the token expired: sign in again). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            locked(session, () -> {
                session.setAttribute(SignedInStaff.class, null);
                return null;
            });
        }
    }

    /** Signs out: the browser goes to the login view and the HTTP session, with everything in it, ends. */
    public static void signOut() {
        UI.getCurrent().getPage().setLocation(LoginView.ROUTE + "?" + LoginView.SIGNED_OUT);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedInStaff.class, null);
        session.getSession().invalidate();
    }

    static void rememberDestination(String location) {
        VaadinSession.getCurrent().setAttribute(DESTINATION, location);
    }

    static String takeDestination() {
        VaadinSession session = VaadinSession.getCurrent();
        Object destination = session.getAttribute(DESTINATION);
        session.setAttribute(DESTINATION, null);
        return destination instanceof String location ? location : "";
    }

    private static <T> T locked(VaadinSession session, Supplier<T> action) {
        if (session.hasLock()) {
            return action.get();
        }
        session.lock();
        try {
            return action.get();
        } finally {
            session.unlock();
        }
    }
}
