package travel.confidence.console.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import travel.confidence.console.decisionservice.NewDraft;
import travel.confidence.console.decisionservice.RuleVersion;
import travel.confidence.console.decisionservice.RuleVersionDetail;
import travel.confidence.console.decisionservice.RulesClient;
import travel.confidence.console.decisionservice.ValidationReport;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.widgets.Pill;

/**
 * Rule set versions: every version with its status, author, checksum and parent; a new draft from any of them;
 * and for the selected one, its files, decision tables, workbook and validation report. Validation runs every
 * check in the service; a draft that passes becomes validated (and can no longer change).
 */
@Prototype
@PageTitle("Rules · Confidence Engine console")
@Route(value = "rules", layout = MainLayout.class)
final class RulesView extends VerticalLayout implements BeforeEnterObserver {

    static final String VERSION_PARAMETER = "version";

    private final RulesClient rules;
    private final Grid<RuleVersion> versions = new Grid<>(RuleVersion.class, false);
    private final H3 selectedTitle = new H3();
    private final Button newDraft = new Button("New draft from selected");
    private final Button validate = new Button("Validate");
    private final Button weights = new Button("Edit its weights");
    private final Button impact = new Button("Impact and publication");
    private final TabSheet tabs = new TabSheet();
    private final FilesTab files;
    private final TablesTab tables;
    private final WorkbookTab workbook;
    private final ValidationPanel validation = new ValidationPanel();
    private Tab validationTab;
    private RuleVersion selected;

    RulesView(RulesClient rules) {
        this.rules = rules;
        this.files = new FilesTab(rules, this::reloadSelected);
        this.tables = new TablesTab(rules, this::reloadSelected);
        this.workbook = new WorkbookTab(rules, this::reloadSelected);
        setWidthFull();

        versions.setId("versions");
        versions.addColumn(RuleVersion::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.label() == null ? "" : v.label()).setHeader("Label").setAutoWidth(true);
        versions.addComponentColumn(v -> Pill.status(v.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.live() ? "live" : "").setHeader("Live").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.author() == null ? "" : v.author()).setHeader("Author").setAutoWidth(true);
        versions.addColumn(v -> v.parentVersion() == null ? "" : v.parentVersion()).setHeader("Parent")
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> ValidationPanel.shortChecksum(v.checksum())).setHeader("Checksum")
                .setTooltipGenerator(RuleVersion::checksum).setAutoWidth(true);
        versions.addColumn(v -> v.updatedAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")).setHeader("Updated")
                .setAutoWidth(true);
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        versions.setHeight("14rem");
        versions.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                select(change.getValue());
            }
        });

        newDraft.setId("new-draft");
        newDraft.addClickListener(click -> new NewDraftDialog(selected, this::createDraft).open());
        validate.setId("validate-version");
        validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validate.setDisableOnClick(true);
        validate.addClickListener(click -> runValidation());
        weights.setId("edit-weights");
        weights.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("weights",
                QueryParameters.simple(Map.of("version", Long.toString(selected.id()))))));
        impact.setId("open-impact");
        impact.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("impact",
                QueryParameters.simple(Map.of("version", Long.toString(selected.id()))))));
        HorizontalLayout actions = new HorizontalLayout(newDraft, validate, weights, impact);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        selectedTitle.setId("selected-version");
        tabs.setId("version-tabs");
        tabs.setWidthFull();
        tabs.add("Files", files);
        tabs.add("Decision tables", tables);
        tabs.add("Workbook", workbook);
        validationTab = tabs.add("Validation", validation);

        add(new H2("Rules"), new Paragraph("Every version of the rule set. Copy any version into a draft, edit the "
                + "draft, validate it; an admin publishes it from the Impact view."), versions, actions,
                selectedTitle, tabs);
        setSelectedActionsEnabled(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> wanted = event.getLocation().getQueryParameters().getSingleParameter(VERSION_PARAMETER)
                .flatMap(RulesView::number);
        showVersions(wanted);
    }

    private void showVersions(Optional<Long> wanted) {
        List<RuleVersion> all = rules.versions();
        versions.setItems(all);
        Optional<RuleVersion> choice = wanted.flatMap(id -> all.stream().filter(v -> v.id() == id).findFirst())
                .or(() -> all.stream().filter(RuleVersion::isDraft).findFirst())
                .or(() -> all.stream().filter(RuleVersion::live).findFirst());
        choice.ifPresent(versions::select);
    }

    private void select(RuleVersion version) {
        selected = version;
        RuleVersionDetail detail = rules.version(version.id());
        Optional<ValidationReport> latest = rules.latestValidation(version.id());
        selectedTitle.setText(version.caption() + " by " + version.author()
                + (version.parentVersion() == null ? "" : ", copied from " + version.parentVersion()));
        files.show(detail, latest);
        tables.show(detail.version(), rules.tables(version.id()), latest);
        workbook.show(detail.version());
        validation.show(latest);
        setSelectedActionsEnabled(true);
        validate.setEnabled(version.isDraft() || version.status().equals(RuleVersion.VALIDATED));
        weights.setEnabled(version.isDraft());
    }

    private void setSelectedActionsEnabled(boolean enabled) {
        newDraft.setEnabled(enabled);
        validate.setEnabled(enabled);
        weights.setEnabled(enabled);
        impact.setEnabled(enabled);
    }

    private void createDraft(String label) {
        RuleVersion draft = rules.createDraft(new NewDraft(selected.id(), label)).version();
        Notification.show("Created draft " + draft.version() + " from " + selected.version() + ".");
        showVersions(Optional.of(draft.id()));
    }

    private void runValidation() {
        try {
            ValidationReport report = rules.validate(selected.id());
            Notification.show(report.valid() ? report.version() + " passes every check and is now validated."
                    : report.version() + " has " + report.problems().size() + " problem(s); see the report.");
            showVersions(Optional.of(selected.id()));
            tabs.setSelectedTab(validationTab);
        } finally {
            validate.setEnabled(selected.isDraft() || selected.status().equals(RuleVersion.VALIDATED));
        }
    }

    private void reloadSelected() {
        showVersions(Optional.of(selected.id()));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
