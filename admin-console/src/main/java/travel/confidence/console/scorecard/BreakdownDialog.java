package travel.confidence.console.scorecard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import travel.confidence.api.score.Alert;
import travel.confidence.api.score.ConfidenceScoreResponse;

/**
 * The breakdown of one score, as the frontend's modal shows it: all eight factors with score, weight,
 * contribution, explanation and evidence (source and year), the sum of the contributions against the base score,
 * the adjustments to the final score, alerts and warnings. A modal Vaadin dialog: focus stays inside while it is
 * open, Escape and the close buttons close it, and its title labels it for screen readers.
 */
public final class BreakdownDialog extends Dialog {

    public BreakdownDialog(String destinationName, ConfidenceScoreResponse response) {
        Breakdown breakdown = Breakdown.of(response);
        setId("breakdown-dialog");
        setHeaderTitle(destinationName + ": confidence " + breakdown.finalScore().number() + ", "
                + response.badge());
        setWidth("min(1100px, 95vw)");
        setMaxHeight("90vh");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);

        Button closeIcon = new Button(VaadinIcon.CLOSE.create(), click -> close());
        closeIcon.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        closeIcon.setAriaLabel("Close the breakdown");
        getHeader().add(closeIcon);

        HorizontalLayout score = new HorizontalLayout(new ConfidenceBadge(breakdown.finalScore()));
        ConfidenceMeter meter = new ConfidenceMeter(breakdown.finalScore());
        meter.setWidth("16rem");
        score.add(meter);
        score.setAlignItems(FlexComponent.Alignment.CENTER);
        add(score, new Paragraph(response.explanation()));

        add(factors(breakdown));
        Paragraph sum = new Paragraph((breakdown.addsUp()
                ? "The contributions add up to " + breakdown.contributionTotal() + ", the base score "
                : "The contributions add up to " + breakdown.contributionTotal() + ", not the base score ")
                + breakdown.baseScore() + ".");
        sum.setId("breakdown-sum");
        sum.getStyle().set("font-weight", "600");
        add(sum);

        add(adjustments(breakdown));
        add(alerts(response));
        if (!response.warnings().isEmpty()) {
            add(new H3("Warnings"), list(response.warnings()));
        }
        Paragraph about = new Paragraph("Rule set " + response.ruleVersion()
                + (response.variant() == null ? "" : " (experiment variant " + response.variant() + ")")
                + (response.decisionId() == null ? "" : " · decision " + response.decisionId())
                + " · calculated " + response.calculatedAt());
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(about);

        Button close = new Button("Close", click -> close());
        close.setId("close-breakdown");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private static NativeTable factors(Breakdown breakdown) {
        NativeTable table = new NativeTable();
        table.setId("breakdown-factors");
        table.setCaptionText("The eight factors: score (0-100) times weight gives the contribution");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        NativeTableRow head = table.getHead().addRow();
        for (String title : new String[] {"Factor", "Score", "Weight", "Contribution", "Explanation and evidence"}) {
            head.addHeaderCell().add(title);
        }
        head.getHeaderCells().forEach(cell -> cell.getStyle().set("text-align", "left")
                .set("border-bottom", "2px solid var(--lumo-contrast-30pct)").set("padding", "4px 8px"));
        for (Breakdown.FactorRow factor : breakdown.factors()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("breakdown-factor");
            row.getElement().setAttribute("data-factor", factor.key());
            row.addHeaderCell().add(factor.label() + (factor.fallbackUsed() ? " (no data: neutral value)" : ""));
            row.addDataCell().add(factor.score());
            row.addDataCell().add(factor.weight());
            row.addDataCell().add(cellText(factor.contribution(), "breakdown-contribution"));
            row.addDataCell().add(explanation(factor));
            row.getAllCells().forEach(cell -> ((com.vaadin.flow.component.HasStyle) cell).getStyle()
                    .set("vertical-align", "top").set("padding", "6px 8px").set("text-align", "left")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)"));
        }
        return table;
    }

    private static Span cellText(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static Component explanation(Breakdown.FactorRow factor) {
        Div cell = new Div();
        Span text = new Span(factor.explanation());
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        cell.add(text);
        if (!factor.evidence().isEmpty()) {
            UnorderedList evidence = new UnorderedList();
            evidence.getStyle().set("margin", "4px 0 0 0").set("font-size", "var(--lumo-font-size-s)");
            for (Breakdown.EvidenceLine line : factor.evidence()) {
                ListItem item = new ListItem(line.text() + ". ");
                Span citation = new Span("Source: " + line.citation());
                citation.addClassName("evidence-source");
                citation.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(citation);
                evidence.add(item);
            }
            cell.add(evidence);
        }
        return cell;
    }

    private static Component adjustments(Breakdown breakdown) {
        Div section = new Div(new H3("Adjustments"));
        if (breakdown.adjustments().isEmpty()) {
            section.add(new Paragraph("None: the final score " + breakdown.finalScore().number()
                    + " is the base score."));
            return section;
        }
        NativeTable table = new NativeTable();
        table.setId("breakdown-adjustments");
        NativeTableRow head = table.getHead().addRow();
        for (String title : new String[] {"What", "Before", "After", "Why"}) {
            head.addHeaderCell().add(title);
        }
        for (Breakdown.AdjustmentRow adjustment : breakdown.adjustments()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(adjustment.factor());
            row.addDataCell().add(adjustment.before());
            row.addDataCell().add(adjustment.after());
            row.addDataCell().add(adjustment.reason());
        }
        java.util.stream.Stream.concat(table.getHead().getRows().stream(), table.getBody().getRows().stream())
                .forEach(r -> r.getAllCells().forEach(cell -> ((com.vaadin.flow.component.HasStyle) cell)
                .getStyle().set("padding", "4px 8px").set("text-align", "left")));
        section.add(table, new Paragraph("Final score: " + breakdown.finalScore().number() + "."));
        return section;
    }

    private static Component alerts(ConfidenceScoreResponse response) {
        Div section = new Div(new H3("Alerts"));
        if (response.alerts().isEmpty()) {
            section.add(new Paragraph("No alerts in force for these dates."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Alert alert : response.alerts()) {
            list.add(new ListItem(alert.severity() + " " + alert.type() + ": " + alert.message() + " (source: "
                    + alert.source() + ", issued " + alert.issuedAt() + ")"));
        }
        section.add(list);
        return section;
    }

    private static UnorderedList list(java.util.List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
