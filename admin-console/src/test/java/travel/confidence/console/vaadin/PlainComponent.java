package travel.confidence.console.vaadin;

import com.vaadin.flow.component.html.Span;

/** A component that is no bean, like Vaadin's own error views: Vaadin's default must still create it. */
public class PlainComponent extends Span {

    public PlainComponent() {
        setText("plain");
    }
}
