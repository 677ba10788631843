package travel.confidence.console.scorecard;

import com.vaadin.flow.component.html.Span;

/** The badge: the score and its category on the category's colour, labelled for screen readers. */
public final class ConfidenceBadge extends Span {

    public ConfidenceBadge(ScoreDisplay score) {
        setText(score.badgeText());
        addClassName("confidence-badge");
        getElement().setAttribute("aria-label", score.badgeLabel());
        getElement().setAttribute("role", "img");
        getElement().setAttribute("data-score", score.number());
        getStyle().set("background", score.style().background()).set("color", BadgeStyle.TEXT)
                .set("border-radius", "999px").set("padding", "0.15em 0.7em").set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
    }
}
