package travel.confidence.console.impact;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import travel.confidence.console.decisionservice.ImpactJob;
import travel.confidence.console.decisionservice.ImpactRequest;
import travel.confidence.console.decisionservice.LiveStatus;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.security.StaffSession;
import travel.confidence.console.widgets.Confirmation;

/**
 * A version against the live one. The impact preview runs in the service as a background job; the view polls it
 * (a progress bar while it runs) and then shows its report. Admins publish the version or roll back from here,
 * each behind a confirmation; editors do not see those controls (and the service would refuse them).
 */
@Prototype
@PageTitle("Impact · Confidence Engine console")
@Route(value = "impact", layout = MainLayout.class)
final class ImpactView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MILLIS = 700;
    static final Set<Integer> FIRST_MONTHS = Set.of(1, 4, 7, 10);

    private final RulesClient rules;
    private final ComboBox<RuleVersion> versionChoice = new ComboBox<>("Version to compare with the live one");
    private final CheckboxGroup<Integer> months = new CheckboxGroup<>("Travel months");
    private final Button run = new Button("Run impact preview");
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Paragraph liveStatus = new Paragraph();
    private final Div report = new Div();
    private final Button publish = new Button("Publish");
    private final Button rollback = new Button("Roll back");
    private final boolean admin = StaffSession.isAdmin();

    private Registration polling;
    private String jobId;

    ImpactView(RulesClient rules) {
        this.rules = rules;
        setWidthFull();
        versionChoice.setId("impact-version");
        versionChoice.setItemLabelGenerator(RuleVersion::caption);
        versionChoice.setWidth("26rem");
        versionChoice.addValueChangeListener(change -> updatePublish());
        months.setId("impact-months");
        months.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        months.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        months.setValue(FIRST_MONTHS);
        run.setId("run-impact");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());

        progress.setId("impact-progress");
        progress.setVisible(false);
        progress.setWidth("24rem");
        progress.getElement().setAttribute("aria-label", "Impact preview progress");
        progressText.setId("impact-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        liveStatus.setId("live-status");
        report.setWidthFull();

        HorizontalLayout choice = new HorizontalLayout(versionChoice, run);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout running = new HorizontalLayout(progress, progressText);
        running.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2("Impact"), liveStatus, publication(), new Paragraph("An impact preview scores every destination "
                + "for a grid of personas and travel months under the chosen version and under the live one, and "
                + "replays recent logged decisions."), choice, months, running, report);
    }

    private HorizontalLayout publication() {
        HorizontalLayout section = new HorizontalLayout();
        section.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!admin) {
            Paragraph note = new Paragraph("Publishing a version and rolling back need the admin role.");
            note.setId("publish-needs-admin");
            section.add(note);
            return section;
        }
        publish.setId("publish-version");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> confirmPublish());
        rollback.setId("rollback");
        rollback.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rollback.addClickListener(click -> confirmRollback());
        publish.setTooltipText("A validated version becomes live on every instance within seconds");
        rollback.setTooltipText("Publishes again the version that was live before the current one");
        section.add(publish, rollback);
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> wanted = event.getLocation().getQueryParameters().getSingleParameter("version")
                .flatMap(ImpactView::number);
        showVersions(wanted);
    }

    private void showVersions(Optional<Long> wanted) {
        LiveStatus live = rules.live();
        liveStatus.setText("Live: " + live.version() + ", published " + live.publishedAt() + " by "
                + live.publishedBy() + ". The instance that answered decides with " + live.servedHere() + ".");
        List<RuleVersion> candidates = rules.versions().stream().filter(v -> !v.live())
                .sorted(Comparator.comparingLong(RuleVersion::id).reversed()).toList();
        versionChoice.setItems(candidates);
        versionChoice.setValue(wanted.flatMap(id -> candidates.stream().filter(v -> v.id() == id).findFirst())
                .or(() -> candidates.stream().filter(v -> RuleVersion.VALIDATED.equals(v.status())).findFirst())
                .or(() -> candidates.stream().findFirst()).orElse(null));
        updatePublish();
    }

    private void updatePublish() {
        RuleVersion chosen = versionChoice.getValue();
        publish.setText(chosen == null ? "Publish" : "Publish " + chosen.version());
        publish.setEnabled(chosen != null && chosen.isPublishable());
        run.setEnabled(chosen != null && polling == null);
    }

    private void start() {
        RuleVersion chosen = versionChoice.getValue();
        if (chosen == null || months.getValue().isEmpty()) {
            Notification.show("Choose a version and at least one month.");
            return;
        }
        ImpactJob job = rules.startImpact(chosen.id(), ImpactRequest.forMonths(months.getValue().stream().sorted().toList()));
        jobId = job.jobId();
        report.removeAll();
        showProgress(job);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> poll());
        updatePublish();
    }

    private void poll() {
        ImpactJob job = rules.impact(jobId);
        showProgress(job);
        if (job.isFinished()) {
            stopPolling();
            if (job.report() != null) {
                report.add(new ImpactReportPanel(job.report()));
            } else {
                report.add(new Paragraph("The impact preview failed: " + job.error()));
            }
            updatePublish();
        }
    }

    private void showProgress(ImpactJob job) {
        progress.setVisible(!job.isFinished());
        progress.setValue(job.percent());
        progressText.setText(job.isFinished() ? ("done".equals(job.status()) ? "Done: " : "Failed: ")
                + String.format(Locale.ROOT, "%,d decisions compared.", job.done())
                : String.format(Locale.ROOT, "Running: %d %% (%,d of %,d decisions)", job.percent(), job.done(),
                job.total()));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    private void confirmPublish() {
        RuleVersion chosen = versionChoice.getValue();
        new Confirmation("Publish " + chosen.version() + "?", chosen.version() + " becomes the live rule set on every "
                + "instance within seconds; the version live now is archived (and can be rolled back to).",
                "Publish " + chosen.version(), "confirm-publish", () -> {
            RuleVersion published = rules.publish(chosen.id());
            Notification.show(published.version() + " is live.");
            showVersions(Optional.empty());
        }).open();
    }

    private void confirmRollback() {
        new Confirmation("Roll back?", "The version that was live before the current one is published again on "
                + "every instance within seconds.", "Roll back", "confirm-rollback", () -> {
            RuleVersion republished = rules.rollback();
            Notification.show("Rolled back: " + republished.version() + " is live again.");
            showVersions(Optional.empty());
        }).open();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
