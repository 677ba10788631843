package travel.confidence.console.preview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import travel.confidence.api.score.ConfidenceScoreRequest;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.TravelDates;
import travel.confidence.console.decisionservice.DecisionServiceClient;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.scorecard.DestinationCard;
import travel.confidence.console.security.SignedInStaff;
import travel.confidence.console.security.StaffSession;

/**
 * Scores the chosen destinations for a persona and dates through the service's own calculate endpoint (the live
 * rules, or an experiment's variant, exactly as a traveller would get them) and shows the frontend's cards.
 */
@Prototype
@PageTitle("Preview · Confidence Engine console")
@Route(value = "preview", layout = MainLayout.class)
final class PreviewView extends VerticalLayout implements BeforeEnterObserver {

    static final int CATALOGUE_SIZE = 500;
    static final List<String> FIRST_CHOICE = List.of("JP", "PT", "TH");

    private final DecisionServiceClient decisionService;
    private final PersonaForm persona = new PersonaForm();
    private final DatePicker start = new DatePicker("Start");
    private final DatePicker end = new DatePicker("End");
    private final MultiSelectComboBox<DestinationSummary> destinations = new MultiSelectComboBox<>("Destinations");
    private final Div cards = new Div();
    private final Paragraph summary = new Paragraph();

    PreviewView(DecisionServiceClient decisionService, Clock clock) {
        this.decisionService = decisionService;
        setWidthFull();
        LocalDate firstDay = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);
        start.setId("trip-start");
        end.setId("trip-end");
        start.setValue(firstDay);
        end.setValue(firstDay.plusDays(7));
        start.addValueChangeListener(change -> {
            if (change.getValue() != null && (end.getValue() == null || end.getValue().isBefore(change.getValue()))) {
                end.setValue(change.getValue().plusDays(7));
            }
        });

        destinations.setId("destinations");
        destinations.setItemLabelGenerator(DestinationSummary::name);
        destinations.setWidth("28rem");
        destinations.setPlaceholder("Type a destination name");

        Button show = new Button("Show cards", click -> showCards());
        show.setId("show-cards");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout trip = new HorizontalLayout(start, end, destinations, show);
        trip.setAlignItems(FlexComponent.Alignment.BASELINE);
        trip.setWrap(true);

        cards.setId("cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        summary.setId("preview-summary");
        add(new H2("Preview"), new Paragraph("Cards as travellers see them, scored live for this persona and these "
                + "dates. Click a card (or press Enter on it) for its breakdown."),
                persona, trip, summary, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DestinationSummary> catalogue = decisionService.destinations(CATALOGUE_SIZE).items().stream()
                .sorted(Comparator.comparing(DestinationSummary::name)).toList();
        destinations.setItems(catalogue);
        destinations.setValue(catalogue.stream().filter(d -> FIRST_CHOICE.contains(d.id()))
                .collect(Collectors.toSet()));
        showCards();
    }

    private void showCards() {
        cards.removeAll();
        Set<DestinationSummary> chosen = destinations.getValue();
        if (start.getValue() == null || end.getValue() == null || chosen.isEmpty()) {
            summary.setText("Choose dates and at least one destination.");
            return;
        }
        String userId = "console-preview-" + StaffSession.current().map(SignedInStaff::username).orElse("staff");
        TravelDates dates = new TravelDates(start.getValue().toString(), end.getValue().toString());
        chosen.stream().sorted(Comparator.comparing(DestinationSummary::name)).forEach(destination -> {
            ConfidenceScoreResponse response = decisionService.calculate(new ConfidenceScoreRequest(destination.id(),
                    userId, dates, persona.profile()));
            cards.add(new DestinationCard(destination.name(), destination.subregion(), response));
        });
        summary.setText(chosen.size() + " destination" + (chosen.size() == 1 ? "" : "s") + " for " + persona.summary()
                + ", " + dates.startDate() + " to " + dates.endDate() + ".");
    }
}
