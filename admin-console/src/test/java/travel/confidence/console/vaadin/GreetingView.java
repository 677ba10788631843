package travel.confidence.console.vaadin;

import com.vaadin.flow.component.html.Div;
import io.micronaut.context.annotation.Prototype;

/** A view the bean context builds, the way the console's views are declared. */
@Prototype
class GreetingView extends Div {

    final Greeter greeter;

    GreetingView(Greeter greeter) {
        this.greeter = greeter;
        setText(greeter.greet("console"));
    }
}
