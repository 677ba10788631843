package travel.confidence.console.weights;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import travel.confidence.api.score.ConfidenceScoreRequest;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.api.score.ScorePreviewRequest;
import travel.confidence.api.score.TravelDates;
import travel.confidence.console.decisionservice.DecisionServiceClient;
import travel.confidence.console.decisionservice.DefaultWeights;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.decisionservice.LiveStatus;
import travel.confidence.console.decisionservice.NewDraft;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.scorecard.ConfidenceBadge;
import travel.confidence.console.scorecard.FactorLabels;
import travel.confidence.console.scorecard.ScoreDisplay;

/**
 * The default weights of a draft. Each weight is a number with step buttons; the total is shown and must be
 * exactly 1 before anything is saved. Every change is previewed at once on a sample of destinations: their
 * factor scores as the live rules measure them, scored through the draft with the saved weights and with the
 * weights on screen ({@code POST /api/confidence/preview} with the draft's version and the weights).
 */
@Prototype
@PageTitle("Weights · Confidence Engine console")
@Route(value = "weights", layout = MainLayout.class)
final class WeightsView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> SAMPLE = List.of("JP", "FR", "TH", "BR", "IS", "EG", "US", "KE");
    static final String VERSION_PARAMETER = "version";
    private static final String SAMPLE_USER = "console-weights-sample";

    private final RulesClient rules;
    private final DecisionServiceClient decisionService;
    private final TravelDates sampleTrip;

    private final ComboBox<RuleVersion> draftChoice = new ComboBox<>("Draft");
    private final Paragraph noDraft = new Paragraph();
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Span total = new Span();
    private final Button save = new Button("Save weights");
    private final Button reset = new Button("Back to saved");
    private final MultiSelectComboBox<DestinationSummary> sample = new MultiSelectComboBox<>("Sample destinations");
    private final Grid<SampleRow> preview = new Grid<>(SampleRow.class, false);
    private final Span previewNote = new Span();
    private final Map<String, Map<String, Double>> factorsByDestination = new HashMap<>();

    private WeightDraft saved;
    private WeightDraft editing;
    private String liveVersion = "live";
    private List<SampleRow> rows = List.of();

    WeightsView(RulesClient rules, DecisionServiceClient decisionService, Clock clock) {
        this.rules = rules;
        this.decisionService = decisionService;
        LocalDate firstDay = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
        this.sampleTrip = new TravelDates(firstDay.toString(), firstDay.plusDays(7).toString());
        setWidthFull();

        draftChoice.setId("weights-draft");
        draftChoice.setItemLabelGenerator(RuleVersion::caption);
        draftChoice.setWidth("24rem");
        draftChoice.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                loadDraft(change.getValue());
            }
        });
        Button newDraft = new Button("New draft from the live version", click -> createDraftFromLive());
        newDraft.setId("new-draft-from-live");
        HorizontalLayout choice = new HorizontalLayout(draftChoice, newDraft);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        noDraft.setId("no-draft");
        noDraft.setVisible(false);

        add(new H2("Weights"), new Paragraph("The default weight of each factor in a draft rule set. Persona rules "
                + "scale them per traveller; here you set where they start. They must add up to exactly 1."),
                choice, noDraft, weightsForm(), totalsAndButtons(), new H3("Preview on a sample of destinations"),
                previewIntro(), sample, previewNote, previewGrid());
    }

    private Component weightsForm() {
        FormLayout form = new FormLayout();
        for (String key : FactorLabels.keys()) {
            NumberField field = new NumberField(FactorLabels.label(key));
            field.setId("weight-" + key);
            field.setStep(0.01);
            field.setMin(0);
            field.setMax(1);
            field.setStepButtonsVisible(true);
            field.setEnabled(false);
            field.addValueChangeListener(change -> {
                if (editing != null && change.isFromClient()) {
                    editing.set(key, change.getValue());
                    weightsChanged();
                }
            });
            fields.put(key, field);
            form.add(field);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("50em", 4));
        return form;
    }

    private Component totalsAndButtons() {
        total.setId("weights-total");
        total.getElement().setAttribute("aria-live", "polite");
        save.setId("save-weights");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(click -> saveWeights());
        reset.setId("reset-weights");
        reset.setEnabled(false);
        reset.addClickListener(click -> {
            editing = new WeightDraft(saved.asMap());
            showWeights();
            weightsChanged();
        });
        HorizontalLayout line = new HorizontalLayout(total, save, reset);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        return line;
    }

    private Component previewIntro() {
        return new Paragraph("Factor scores come from the live rules for an anonymous traveller on a week's trip from "
                + sampleTrip.startDate() + "; the weights, total and badge come from the draft. \"With these weights\" "
                + "follows every change on screen; nothing is saved until you save.");
    }

    private Component previewGrid() {
        sample.setId("weights-sample");
        sample.setItemLabelGenerator(DestinationSummary::name);
        sample.setWidth("40rem");
        sample.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                recomputeAll();
            }
        });
        previewNote.setId("weights-preview-note");
        preview.setId("weights-preview");
        preview.addColumn(row -> row.destination().name()).setHeader("Destination").setAutoWidth(true);
        preview.addComponentColumn(row -> badge(row.live())).setHeader("Live").setKey("live").setAutoWidth(true);
        preview.addComponentColumn(row -> badge(row.saved())).setHeader("Draft as saved").setAutoWidth(true);
        preview.addComponentColumn(row -> row.edited() == null ? new Span("-") : badge(row.edited()))
                .setHeader("With these weights").setKey("edited").setAutoWidth(true);
        preview.addColumn(SampleRow::change).setHeader("Change").setKey("change").setAutoWidth(true);
        preview.setAllRowsVisible(true);
        preview.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        return preview;
    }

    private static Component badge(ConfidenceScoreResponse response) {
        return new ConfidenceBadge(ScoreDisplay.of(response.score(), response.badge()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DestinationSummary> catalogue = decisionService.destinations(500).items().stream()
                .sorted(Comparator.comparing(DestinationSummary::name)).toList();
        sample.setItems(catalogue);
        sample.setValue(catalogue.stream().filter(d -> SAMPLE.contains(d.id())).collect(Collectors.toSet()));
        Optional<Long> wanted = event.getLocation().getQueryParameters().getSingleParameter(VERSION_PARAMETER)
                .flatMap(WeightsView::number);
        showDrafts(wanted);
    }

    private void showDrafts(Optional<Long> wanted) {
        LiveStatus live = rules.live();
        liveVersion = live.version();
        preview.getColumnByKey("live").setHeader("Live (" + liveVersion + ")");
        List<RuleVersion> drafts = rules.versions().stream().filter(RuleVersion::isDraft).toList();
        draftChoice.setItems(drafts);
        noDraft.setVisible(drafts.isEmpty());
        noDraft.setText("There is no draft yet. Weights change only in a draft: start one from the live version.");
        Optional<RuleVersion> chosen = wanted.flatMap(id -> drafts.stream().filter(d -> d.id() == id).findFirst())
                .or(() -> drafts.stream().findFirst());
        chosen.ifPresent(draft -> {
            draftChoice.setValue(draft);
            loadDraft(draft);
        });
    }

    private void createDraftFromLive() {
        LiveStatus live = rules.live();
        RuleVersion draft = rules.createDraft(new NewDraft(live.versionId(), "Weights from " + live.version()))
                .version();
        Notification.show("Created draft " + draft.version() + " from " + live.version() + ".");
        showDrafts(Optional.of(draft.id()));
    }

    private void loadDraft(RuleVersion draft) {
        saved = new WeightDraft(rules.weights(draft.id()).weights());
        editing = new WeightDraft(saved.asMap());
        fields.values().forEach(field -> field.setEnabled(true));
        showWeights();
        recomputeAll();
    }

    private void showWeights() {
        fields.forEach((key, field) -> field.setValue(editing.get(key).doubleValue()));
    }

    private void weightsChanged() {
        boolean valid = editing.isValid();
        total.setText("Total " + editing.total().toPlainString() + (valid ? ": adds up to 1" : ": " + editing.problem()));
        total.getStyle().set("font-weight", "600").set("color", valid ? "var(--lumo-body-text-color)" : "#B42318");
        boolean changed = !editing.sameAs(saved);
        save.setEnabled(valid && changed);
        reset.setEnabled(changed);
        recomputeEdited();
    }

    /** The sample's factor scores (asked for once per destination) and its live and saved-draft scores. */
    private void recomputeAll() {
        RuleVersion draft = draftChoice.getValue();
        if (draft == null || editing == null) {
            return;
        }
        List<SampleRow> computed = new ArrayList<>();
        sample.getValue().stream().sorted(Comparator.comparing(DestinationSummary::name)).forEach(destination -> {
            Map<String, Double> factors = factorsByDestination.computeIfAbsent(destination.id(), this::liveFactors);
            computed.add(new SampleRow(destination, factors, score(destination, factors, null, null),
                    score(destination, factors, draft.version(), null), null));
        });
        rows = computed;
        weightsChanged();
    }

    private void recomputeEdited() {
        RuleVersion draft = draftChoice.getValue();
        if (draft == null) {
            return;
        }
        if (editing.isValid()) {
            Map<String, Double> weights = editing.asMap();
            rows = rows.stream().map(row -> new SampleRow(row.destination(), row.factors(), row.live(), row.saved(),
                    score(row.destination(), row.factors(), draft.version(), weights))).toList();
            previewNote.setText("");
        } else {
            rows = rows.stream().map(row -> new SampleRow(row.destination(), row.factors(), row.live(), row.saved(),
                    null)).toList();
            previewNote.setText("The preview with these weights waits until they add up to 1.");
        }
        preview.setItems(rows);
    }

    private Map<String, Double> liveFactors(String destinationId) {
        ConfidenceScoreResponse measured = decisionService.calculate(new ConfidenceScoreRequest(destinationId,
                SAMPLE_USER, sampleTrip, null));
        Map<String, Double> factors = new LinkedHashMap<>();
        for (FactorBreakdown factor : measured.breakdown()) {
            factors.put(factor.factorName(), factor.score());
        }
        return factors;
    }

    private ConfidenceScoreResponse score(DestinationSummary destination, Map<String, Double> factors, String version,
                                          Map<String, Double> weights) {
        return decisionService.preview(new ScorePreviewRequest(factors, weights, null, null, destination.id(), version));
    }

    private void saveWeights() {
        RuleVersion draft = draftChoice.getValue();
        RuleVersion updated = rules.putWeights(draft.id(), new DefaultWeights(editing.asMap()));
        saved = new WeightDraft(editing.asMap());
        Notification.show("Saved the weights of " + updated.version() + ".");
        recomputeAll();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
