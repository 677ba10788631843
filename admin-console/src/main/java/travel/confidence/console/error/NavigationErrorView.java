package travel.confidence.console.error;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import travel.confidence.console.layout.MainLayout;

/**
 * Shown instead of a view that failed while opening (typically because the decision service is down), inside
 * the main layout so the navigation stays usable. Replaces Vaadin's default page, which shows a stack trace
 * in development mode.
 */
@Prototype
@PageTitle("Not available")
@ParentLayout(MainLayout.class)
public final class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private final Paragraph message = new Paragraph();

    NavigationErrorView() {
        message.setId("error-message");
        add(new H2("This page is not available"), message);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        PlainMessage plain = PlainMessage.loggedFor(parameter.getCaughtException());
        message.setText(plain.text());
        return plain.httpStatus();
    }
}
