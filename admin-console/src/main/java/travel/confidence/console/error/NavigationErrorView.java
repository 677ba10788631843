package travel.confidence.console.error;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.security.LoginView;
import travel.confidence.console.security.StaffSession;

/**
 * Shown instead of a view that failed while opening (typically because the decision service is down, or the
 * view needs a role the user lacks), inside the main layout so the navigation stays usable. Replaces Vaadin's
 * default page, which shows a stack trace in development mode.
 */
@Prototype
@PageTitle("Not available")
@ParentLayout(MainLayout.class)
public final class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final Paragraph message = new Paragraph();
    private final RouterLink signInAgain = new RouterLink("Sign in again", LoginView.class);

    NavigationErrorView() {
        message.setId("error-message");
        signInAgain.setVisible(false);
        add(new H2("This page is not available"), message, signInAgain);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        PlainMessage plain = PlainMessage.loggedFor(parameter.getCaughtException());
        message.setText(plain.text());
        if (plain.signInAgain()) {
            StaffSession.forget();
            signInAgain.setVisible(true);
        }
        return plain.httpStatus();
    }
}
