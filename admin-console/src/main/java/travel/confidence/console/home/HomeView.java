package travel.confidence.console.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import travel.confidence.console.decisionservice.DecisionServiceClient;
import travel.confidence.console.decisionservice.DestinationPage;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.layout.MainLayout;

/**
 * The first destinations of the catalogue, fetched from the decision service on every visit and on "Reload".
 * If the service is down the fetch throws, and the console's error handling says so plainly: the navigation
 * error view when opening the page, a notification when reloading.
 */
@Prototype
@PageTitle("Home · Confidence Engine console")
@Route(value = "", layout = MainLayout.class)
final class HomeView extends VerticalLayout implements BeforeEnterObserver {

    static final int DESTINATIONS_SHOWN = 5;

    private final DecisionServiceClient decisionService;
    private final Grid<DestinationSummary> destinations = new Grid<>(DestinationSummary.class, false);
    private final Paragraph summary = new Paragraph();
    private final Button reload = new Button("Reload", click -> showFirstDestinations());

    HomeView(DecisionServiceClient decisionService) {
        this.decisionService = decisionService;
        destinations.setId("destinations");
        destinations.addColumn(DestinationSummary::name).setHeader("Destination").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::region).setHeader("Region").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::subregion).setHeader("Subregion").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::factorsWithData).setHeader("Factors with data");
        destinations.setAllRowsVisible(true);
        destinations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        summary.setId("destinations-summary");
        reload.setId("reload-destinations");
        add(new H2("Confidence Engine console"), summary, destinations, reload);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showFirstDestinations();
    }

    private void showFirstDestinations() {
        DestinationPage page = decisionService.destinations(DESTINATIONS_SHOWN);
        destinations.setItems(page.items());
        summary.setText("The first %d of %d destinations in the catalogue.".formatted(page.items().size(),
                page.total()));
    }
}
