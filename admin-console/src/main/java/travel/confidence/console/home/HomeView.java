package travel.confidence.console.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import travel.confidence.console.decisionservice.DecisionServiceClient;
import travel.confidence.console.decisionservice.DestinationPage;
import travel.confidence.console.decisionservice.DestinationSummary;
import travel.confidence.console.decisionservice.Experiment;
import travel.confidence.console.decisionservice.ExperimentsClient;
import travel.confidence.console.decisionservice.LiveStatus;
import travel.confidence.console.decisionservice.QuarantineClient;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.layout.MainLayout;

/**
 * Where things stand, fetched from the decision service on every visit and on "Reload": the live rule set, the
 * records waiting in the quarantine, the running experiment, and the first destinations of the catalogue. If the
 * service is down the fetch throws, and the console's error handling says so plainly: the navigation error view
 * when opening the page, a notification when reloading.
 */
@Prototype
@PageTitle("Home · Confidence Engine console")
@Route(value = "", layout = MainLayout.class)
final class HomeView extends VerticalLayout implements BeforeEnterObserver {

    static final int DESTINATIONS_SHOWN = 5;

    private final DecisionServiceClient decisionService;
    private final RulesClient rules;
    private final QuarantineClient quarantine;
    private final ExperimentsClient experiments;
    private final Paragraph live = new Paragraph();
    private final Paragraph pending = new Paragraph();
    private final Paragraph running = new Paragraph();
    private final Grid<DestinationSummary> destinations = new Grid<>(DestinationSummary.class, false);
    private final Paragraph summary = new Paragraph();
    private final Button reload = new Button("Reload", click -> showWhereThingsStand());

    HomeView(DecisionServiceClient decisionService, RulesClient rules, QuarantineClient quarantine,
             ExperimentsClient experiments) {
        this.decisionService = decisionService;
        this.rules = rules;
        this.quarantine = quarantine;
        this.experiments = experiments;
        live.setId("home-live");
        pending.setId("home-pending");
        running.setId("home-experiment");
        destinations.setId("destinations");
        destinations.addColumn(DestinationSummary::name).setHeader("Destination").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::region).setHeader("Region").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::subregion).setHeader("Subregion").setAutoWidth(true);
        destinations.addColumn(DestinationSummary::factorsWithData).setHeader("Factors with data");
        destinations.setAllRowsVisible(true);
        destinations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        summary.setId("destinations-summary");
        reload.setId("reload-destinations");

        Div status = new Div(tile("Rule set", live, "rules", "Versions and drafts"),
                tile("Quarantine", pending, "quarantine", "Review"),
                tile("Experiments", running, "experiments", "Experiments"));
        status.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(new H2("Confidence Engine console"), status, new H3("Catalogue"), summary, destinations, reload);
    }

    private static Component tile(String title, Paragraph text, String route, String linkText) {
        Anchor link = new Anchor(route, linkText);
        link.getElement().setAttribute("router-link", true);
        Div tile = new Div(new H3(title), text, link);
        tile.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "18rem");
        tile.getChildren().findFirst().ifPresent(h -> h.getElement().getStyle().set("margin-top", "0"));
        return tile;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showWhereThingsStand();
    }

    private void showWhereThingsStand() {
        DestinationPage page = decisionService.destinations(DESTINATIONS_SHOWN);
        destinations.setItems(page.items());
        summary.setText("The first %d of %d destinations in the catalogue.".formatted(page.items().size(),
                page.total()));
        LiveStatus status = rules.live();
        live.setText("Live: " + status.version() + ", published by " + status.publishedBy() + ".");
        long waiting = quarantine.records(null, null, null, "pending", 0, 1).total();
        pending.setText(waiting == 0 ? "Nothing waits for review." : waiting + " record" + (waiting == 1 ? "" : "s")
                + " wait for review.");
        Optional<Experiment> current = experiments.experiments().stream().filter(Experiment::isRunning).findFirst();
        running.setText(current.map(e -> "Running: " + e.name() + " (" + e.variants().size() + " variants).")
                .orElse("No experiment is running."));
    }
}
