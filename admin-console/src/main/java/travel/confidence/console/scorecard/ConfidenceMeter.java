package travel.confidence.console.scorecard;

import com.vaadin.flow.component.html.Div;

/**
 * The meter bar: an ARIA meter from 0 to 100 set to the shown score, its fill as wide as the score and in the
 * badge's colour.
 */
public final class ConfidenceMeter extends Div {

    public ConfidenceMeter(ScoreDisplay score) {
        addClassName("confidence-meter");
        getElement().setAttribute("role", "meter");
        getElement().setAttribute("aria-valuemin", "0");
        getElement().setAttribute("aria-valuemax", "100");
        getElement().setAttribute("aria-valuenow", score.meterValue().toPlainString());
        getElement().setAttribute("aria-label", score.meterLabel());
        getStyle().set("background", BadgeStyle.METER_TRACK).set("border-radius", "4px").set("height", "8px")
                .set("width", "100%").set("overflow", "hidden");
        Div fill = new Div();
        fill.addClassName("confidence-meter-fill");
        fill.getStyle().set("background", score.style().background()).set("height", "100%")
                .set("width", score.meterWidth());
        add(fill);
    }
}
