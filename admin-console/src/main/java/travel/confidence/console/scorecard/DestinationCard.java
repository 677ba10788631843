package travel.confidence.console.scorecard;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import travel.confidence.api.score.ConfidenceScoreResponse;

/**
 * A destination card as the frontend shows it: name, the badge, the meter and the score (one formatted number
 * for all three). Clicking it, or pressing Enter or Space on it, opens the breakdown dialog.
 */
public final class DestinationCard extends Div {

    public DestinationCard(String destinationName, String region, ConfidenceScoreResponse response) {
        ScoreDisplay score = ScoreDisplay.of(response.score(), response.badge());
        setId("card-" + response.destinationId());
        addClassName("destination-card");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", destinationName + ", " + score.badgeLabel()
                + ". Open the breakdown");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "15rem").set("cursor", "pointer")
                .set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-xs)");

        H3 name = new H3(destinationName);
        name.getStyle().set("margin", "0");
        Span where = new Span(region == null ? "" : region);
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        Span number = new Span(score.number());
        number.addClassName("card-score");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "700");
        Span outOf = new Span("/ 100");
        outOf.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout scoreLine = new HorizontalLayout(number, outOf, new ConfidenceBadge(score));
        scoreLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        scoreLine.setSpacing(true);

        Span version = new Span("Rule set " + response.ruleVersion()
                + (response.preliminary() ? " · preliminary estimate" : "")
                + (response.fallbackUsed() ? " · some data missing" : ""));
        version.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");

        add(name, where, scoreLine, new ConfidenceMeter(score), version);
        getChildren().forEach(child -> child.getElement().getStyle().set("margin-top", "var(--lumo-space-xs)"));

        Runnable open = () -> new BreakdownDialog(destinationName, response).open();
        addClickListener(click -> open.run());
        // Only while focus is on the card, like a button.
        Shortcuts.addShortcutListener(this, open::run, Key.ENTER).listenOn(this);
        Shortcuts.addShortcutListener(this, open::run, Key.SPACE).listenOn(this);
    }
}
