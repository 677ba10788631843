package travel.confidence.console.impact;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import travel.confidence.console.decisionservice.ImpactReport;
import travel.confidence.console.scorecard.ConfidenceBadge;
import travel.confidence.console.scorecard.ScoreDisplay;

/** An impact report as staff read it: the headline numbers, which badges change, the distribution, the movers. */
final class ImpactReportPanel extends VerticalLayout {

    ImpactReportPanel(ImpactReport report) {
        setId("impact-report");
        setPadding(false);
        ImpactReport.Comparison grid = report.gridImpact();
        ImpactReport.Distribution delta = grid.scoreDelta();

        Paragraph headline = new Paragraph(String.format(Locale.ROOT,
                "%s against %s: %,d of %,d decisions (%.1f %%) change badge.", report.draft(), report.live(),
                grid.badgeChanges(), grid.compared(), grid.badgeChangeShare() * 100));
        headline.setId("impact-headline");
        headline.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        Paragraph scope = new Paragraph(String.format(Locale.ROOT,
                "%d destinations × %d personas × %s, %d-day trips. Scores moved up in %,d decisions, down in %,d, "
                        + "not at all in %,d; mean %+.2f points, median %+.1f, from %+.1f to %+.1f (5th to 95th "
                        + "percentile %+.1f to %+.1f).", report.grid().destinations(), report.grid().personas().size(),
                months(report.grid()), report.grid().tripDays(), delta.up(), delta.down(), delta.unchanged(),
                delta.mean(), delta.median(), delta.min(), delta.max(), delta.p05(), delta.p95()));
        add(headline, scope);
        if (grid.failed() > 0) {
            add(new Paragraph(grid.failed() + " decisions could not be made; the first reason: " + grid.firstFailure()));
        }

        add(new H3("Badge changes"));
        Grid<ImpactReport.BadgeChange> transitions = new Grid<>();
        transitions.setId("impact-transitions");
        transitions.addColumn(ImpactReport.BadgeChange::from).setHeader("From");
        transitions.addColumn(ImpactReport.BadgeChange::to).setHeader("To");
        transitions.addColumn(c -> String.format(Locale.ROOT, "%,d", c.count())).setHeader("Decisions");
        transitions.setItems(grid.transitions());
        transitions.setAllRowsVisible(true);
        transitions.addThemeVariants(GridVariant.LUMO_COMPACT);
        transitions.setWidth("28rem");
        add(grid.transitions().isEmpty() ? new Paragraph("No badge changes.") : transitions);

        add(new H3("How far scores move"), new DistributionBars(delta.histogram()));

        add(new H3("Biggest movers"));
        Grid<ImpactReport.Mover> movers = new Grid<>();
        movers.setId("impact-movers");
        movers.addColumn(ImpactReport.Mover::destinationName).setHeader("Destination").setAutoWidth(true);
        movers.addColumn(ImpactReport.Mover::persona).setHeader("Persona").setAutoWidth(true);
        movers.addColumn(m -> m.month() == null ? "replayed" : Month.of(m.month()).getDisplayName(TextStyle.SHORT,
                Locale.ENGLISH)).setHeader("Month").setAutoWidth(true);
        movers.addComponentColumn(m -> new ConfidenceBadge(ScoreDisplay.of(m.liveScore(), m.liveBadge())))
                .setHeader(report.live()).setAutoWidth(true);
        movers.addComponentColumn(m -> new ConfidenceBadge(ScoreDisplay.of(m.draftScore(), m.draftBadge())))
                .setHeader(report.draft()).setAutoWidth(true);
        movers.addColumn(m -> String.format(Locale.ROOT, "%+.1f", m.delta())).setHeader("Change").setAutoWidth(true);
        movers.setItems(grid.biggestMovers());
        movers.setAllRowsVisible(true);
        movers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(movers);

        add(new H3("By persona"));
        Grid<ImpactReport.PersonaImpact> personas = new Grid<>();
        personas.setId("impact-personas");
        personas.addColumn(ImpactReport.PersonaImpact::persona).setHeader("Persona").setAutoWidth(true);
        personas.addColumn(p -> String.format(Locale.ROOT, "%,d of %,d", p.badgeChanges(), p.compared()))
                .setHeader("Badge changes");
        personas.addColumn(p -> String.format(Locale.ROOT, "%+.2f", p.meanDelta())).setHeader("Mean change");
        personas.setItems(report.byPersona());
        personas.setAllRowsVisible(true);
        personas.addThemeVariants(GridVariant.LUMO_COMPACT);
        personas.setWidth("40rem");
        add(personas);

        if (report.replay() != null) {
            ImpactReport.Replay replay = report.replay();
            add(new H4("Recent decisions replayed"), new Paragraph(replay.impact() == null || replay.found() == 0
                    ? "No logged decisions to replay yet."
                    : String.format(Locale.ROOT, "%d of the %d most recent logged decisions decided again (%d could "
                            + "not be rebuilt): %d change badge, mean move %+.2f points.", replay.found() - replay.skipped(),
                            replay.requested(), replay.skipped(), replay.impact().badgeChanges(),
                            replay.impact().scoreDelta().mean())));
        }
    }

    private static String months(ImpactReport.Grid grid) {
        return grid.months().size() == 12 ? "every month" : String.join(", ", grid.months().stream()
                .map(m -> Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList());
    }
}
