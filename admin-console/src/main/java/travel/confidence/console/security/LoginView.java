package travel.confidence.console.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import travel.confidence.console.decisionservice.LoginAnswer;
import travel.confidence.console.decisionservice.SignInOutcome;
import travel.confidence.console.decisionservice.StaffSignIn;

/**
 * Sign in with a console account. The decision service checks the password and hands out the bearer token; the
 * console keeps it in the Vaadin session (after giving the session a new id) and goes where the user was heading.
 */
@Prototype
@OpenToEveryone
@PageTitle("Sign in · Confidence Engine console")
@Route(LoginView.ROUTE)
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "login";
    public static final String EXPIRED = "expired";
    static final String SIGNED_OUT = "signedOut";

    static final String EXPIRED_TEXT = "Your sign-in has expired or is no longer accepted. Please sign in again.";
    static final String SIGNED_OUT_TEXT = "You have signed out.";
    static final String NO_STAFF_ROLE_TEXT = "This account has no console role. Ask an admin to give it one.";

    private final StaffSignIn staffSignIn;
    private final Clock clock;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(StaffSignIn staffSignIn, Clock clock) {
        this.staffSignIn = staffSignIn;
        this.clock = clock;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check that you have entered the right username and password and try again.");
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        form.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));

        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");

        Paragraph firstStart = new Paragraph("First start: sign in as admin with the password the decision service "
                + "wrote to first-admin-password in its data directory, then change it (Change password, top right).");
        firstStart.getStyle().set("max-width", "26rem").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        add(new H1("Confidence Engine console"), notice, form, firstStart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (StaffSession.current().filter(staff -> !staff.hasExpired(clock.instant())).isPresent()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(EXPIRED)) {
            showNotice(EXPIRED_TEXT);
        } else if (parameters.containsKey(SIGNED_OUT)) {
            showNotice(SIGNED_OUT_TEXT);
        }
    }

    private void signIn(String username, String password) {
        boolean signedIn = false;
        try {
            SignInOutcome outcome = staffSignIn.signIn(username, password, browserAddress());
            if (outcome instanceof SignInOutcome.Refused) {
                form.setError(true);
                return;
            }
            if (outcome instanceof SignInOutcome.Throttled throttled) {
                showNotice(throttledText(throttled.retryAfter()));
                return;
            }
            LoginAnswer answer = ((SignInOutcome.Accepted) outcome).answer();
            Optional<StaffRole> role = StaffRole.strongestOf(answer.roles());
            if (role.isEmpty()) {
                showNotice(NO_STAFF_ROLE_TEXT);
                return;
            }
            StaffSession.signIn(new SignedInStaff(answer.username(), role.get(), answer.accessToken(),
                    clock.instant().plusSeconds(answer.expiresIn())));
            signedIn = true;
            UI.getCurrent().navigate(StaffSession.takeDestination());
        } finally {
            if (!signedIn) {
                // The form disables itself on submit; a failed attempt must leave it usable.
                form.setEnabled(true);
            }
        }
    }

    static String throttledText(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return "Too many sign-in attempts from here. Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
    }

    private static String browserAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
