package travel.confidence.console.experiments;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import travel.confidence.console.decisionservice.Experiment;
import travel.confidence.console.decisionservice.ExperimentMetrics;
import travel.confidence.console.decisionservice.ExperimentsClient;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.security.StaffSession;
import travel.confidence.console.widgets.Confirmation;
import travel.confidence.console.widgets.Pill;
import travel.confidence.console.widgets.Tone;

/**
 * Experiments with their variants and shares; for the selected one, its per-variant metrics (each with a 95 %
 * interval and its sample size) and guardrail states. Admins create experiments, change shares, start and stop
 * them and check the guardrails now; editors see everything but those controls.
 */
@Prototype
@PageTitle("Experiments · Confidence Engine console")
@Route(value = "experiments", layout = MainLayout.class)
final class ExperimentsView extends VerticalLayout implements BeforeEnterObserver {

    private final ExperimentsClient experiments;
    private final RulesClient rules;
    private final boolean admin = StaffSession.isAdmin();
    private final Grid<Experiment> grid = new Grid<>();
    private final VerticalLayout selectedPanel = new VerticalLayout();

    ExperimentsView(ExperimentsClient experiments, RulesClient rules) {
        this.experiments = experiments;
        this.rules = rules;
        setWidthFull();
        grid.setId("experiments-grid");
        grid.addColumn(Experiment::name).setHeader("Name").setAutoWidth(true);
        grid.addComponentColumn(e -> Pill.status(e.status())).setHeader("Status").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(e -> e.variants().stream().map(v -> v.name() + ": " + v.version() + " " + Shares.percent(v.share())
                + (v.stopped() ? " (stopped)" : "")).collect(Collectors.joining(" · "))).setHeader("Variants")
                .setWidth("20rem").setFlexGrow(1);
        grid.addColumn(e -> e.createdBy() + ", " + day(e.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.startedAt() == null ? "" : day(e.startedAt())).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.stoppedAt() == null ? "" : day(e.stoppedAt())).setHeader("Stopped").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("14rem");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                select(change.getValue());
            }
        });
        selectedPanel.setPadding(false);
        selectedPanel.setId("experiment-detail");

        HorizontalLayout top = new HorizontalLayout();
        if (admin) {
            Button create = new Button("New experiment", click -> openNewExperiment());
            create.setId("new-experiment");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(create);
        } else {
            Paragraph note = new Paragraph("Creating, starting and stopping experiments needs the admin role.");
            note.setId("experiments-need-admin");
            top.add(note);
        }
        add(new H2("Experiments"), new Paragraph("A/B tests of rule set versions: each user always gets the same "
                + "variant; one experiment runs at a time; a variant that breaks a guardrail is stopped and its users "
                + "get the control."), top, grid, selectedPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showExperiments(Optional.empty());
    }

    private void showExperiments(Optional<Long> wanted) {
        List<Experiment> all = experiments.experiments();
        grid.setItems(all);
        wanted.flatMap(id -> all.stream().filter(e -> e.id() == id).findFirst())
                .or(() -> all.stream().filter(Experiment::isRunning).findFirst())
                .or(() -> all.stream().findFirst())
                .ifPresentOrElse(grid::select, () -> selectedPanel.removeAll());
    }

    private void select(Experiment experiment) {
        selectedPanel.removeAll();
        H3 title = new H3(experiment.name());
        title.setId("experiment-title");
        Span status = new Span("Status: ");
        Pill statusPill = Pill.status(experiment.status());
        statusPill.setId("experiment-status");
        selectedPanel.add(title);
        if (experiment.description() != null) {
            selectedPanel.add(new Paragraph(experiment.description()));
        }
        Experiment.Guardrails g = experiment.guardrails();
        selectedPanel.add(new Div(status, statusPill), new Paragraph(String.format(Locale.ROOT,
                "Guardrails: a variant stops when its error rate goes above %s or its share of Low badges above %s "
                        + "(from %d decisions on), or its complaint rate above %s (from %d ratings on).",
                Shares.percent(g.maxErrorRate()), Shares.percent(g.maxLowBadgeShare()), g.minDecisions(),
                Shares.percent(g.maxComplaintRate()), g.minFeedback())));
        selectedPanel.add(actions(experiment));
        ExperimentMetrics metrics = experiments.metrics(experiment.id());
        selectedPanel.add(new Paragraph("Metrics computed " + metrics.computedAt()
                + (metrics.since() == null ? "" : " over everything since " + metrics.since()) + "."), metricsGrid(metrics));
    }

    private Component actions(Experiment experiment) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button refresh = new Button("Refresh metrics", click -> showExperiments(Optional.of(experiment.id())));
        refresh.setId("refresh-metrics");
        actions.add(refresh);
        if (!admin) {
            return actions;
        }
        Button start = new Button("Start", click -> new Confirmation("Start " + experiment.name() + "?",
                "Users are split between the variants by their shares from the next poll on (about a second). "
                        + "Only one experiment runs at a time.", "Start", "confirm-start-experiment", () -> {
            experiments.start(experiment.id());
            Notification.show(experiment.name() + " is running.");
            showExperiments(Optional.of(experiment.id()));
        }).open());
        start.setId("start-experiment");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(experiment.isDraft());
        Button stop = new Button("Stop", click -> new Confirmation("Stop " + experiment.name() + "?",
                "Everyone decides with the live version again.", "Stop", "confirm-stop-experiment", () -> {
            experiments.stop(experiment.id());
            Notification.show(experiment.name() + " is stopped.");
            showExperiments(Optional.of(experiment.id()));
        }).open());
        stop.setId("stop-experiment");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setEnabled(experiment.isRunning());
        Button reshare = new Button("Change shares", click -> new SharesDialog(experiment, shares -> {
            experiments.reshare(experiment.id(), new ExperimentsClient.Shares(shares));
            Notification.show("New shares saved.");
            showExperiments(Optional.of(experiment.id()));
        }).open());
        reshare.setId("reshare-experiment");
        reshare.setEnabled(!"stopped".equals(experiment.status()));
        Button check = new Button("Check guardrails now", click -> {
            List<String> stopped = experiments.checkGuardrails(experiment.id()).stopped();
            Notification.show(stopped.isEmpty() ? "Every guardrail holds." : "Stopped: " + String.join(", ", stopped));
            showExperiments(Optional.of(experiment.id()));
        });
        check.setId("check-guardrails");
        check.setEnabled(experiment.isRunning());
        actions.add(start, stop, reshare, check);
        return actions;
    }

    private static Grid<ExperimentMetrics.VariantMetrics> metricsGrid(ExperimentMetrics metrics) {
        Grid<ExperimentMetrics.VariantMetrics> grid = new Grid<>();
        grid.setId("metrics-grid");
        grid.addColumn(v -> v.name() + (v.control() ? " (control)" : "")).setHeader("Variant").setAutoWidth(true);
        grid.addColumn(ExperimentMetrics.VariantMetrics::version).setHeader("Version").setAutoWidth(true);
        grid.addColumn(v -> Shares.percent(v.share())).setHeader("Share").setAutoWidth(true);
        grid.addColumn(v -> v.decisions() + " / " + v.users()).setHeader("Decisions / users").setAutoWidth(true);
        grid.addColumn(v -> Rates.rate(v.errorRate())).setHeader("Error rate").setAutoWidth(true);
        grid.addColumn(v -> Rates.rate(v.lowBadgeShare())).setHeader("Low badges").setAutoWidth(true);
        grid.addColumn(v -> Rates.rate(v.bookmarkRate())).setHeader("Bookmarked").setAutoWidth(true);
        grid.addColumn(v -> Rates.mean(v.rating())).setHeader("Rating").setAutoWidth(true);
        grid.addColumn(v -> Rates.rate(v.complaintRate())).setHeader("Complaints").setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Span cell = new Span(new Pill(v.guardrail(), Tone.ofStatus(v.guardrail())));
            String why = v.stopReason() != null ? v.stopReason() : String.join("; ", v.breaches());
            if (!why.isBlank()) {
                cell.add(new Span(" " + why));
            }
            return cell;
        }).setHeader("Guardrail").setAutoWidth(true);
        grid.setItems(metrics.variants());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private void openNewExperiment() {
        List<RuleVersion> servable = rules.versions().stream().filter(RuleVersion::hasPassedValidation).toList();
        new NewExperimentDialog(servable, created -> {
            Experiment experiment = experiments.create(created);
            Notification.show("Created " + experiment.name() + "; start it when ready.");
            showExperiments(Optional.of(experiment.id()));
        }).open();
    }

    private static String day(String instant) {
        return instant.length() >= 16 ? instant.substring(0, 16).replace('T', ' ') : instant;
    }
}
