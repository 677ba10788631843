package travel.confidence.console.widgets;

import com.vaadin.flow.component.html.Span;

/** A short status word on a coloured background. */
public final class Pill extends Span {

    public Pill(String text, Tone tone) {
        super(text);
        addClassName("pill");
        getStyle().set("background", tone.background()).set("color", Tone.TEXT).set("border-radius", "999px")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600")
                .set("white-space", "nowrap");
    }

    public static Pill status(String status) {
        return new Pill(status, Tone.ofStatus(status));
    }
}
