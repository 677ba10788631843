package travel.confidence.console.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Locale;
import travel.confidence.console.decisionservice.AuditClient;
import travel.confidence.console.decisionservice.AuditPage;
import travel.confidence.console.layout.MainLayout;

/**
 * Who changed what, when: the audit log of every admin change, newest first, filtered by target or by who acted.
 * Each entry opens its recorded state before and after.
 */
@Prototype
@PageTitle("Audit · Confidence Engine console")
@Route(value = "audit", layout = MainLayout.class)
final class AuditView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final AuditClient audit;
    private final ComboBox<String> targetType = new ComboBox<>("Target type");
    private final TextField targetId = new TextField("Target id");
    private final TextField actor = new TextField("Who");
    private final Grid<AuditPage.Entry> grid = new Grid<>();
    private final Span count = new Span();
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private int page;

    AuditView(AuditClient audit) {
        this.audit = audit;
        setWidthFull();
        targetType.setId("audit-target-type");
        targetType.setItems("rule-version", "experiment", "console-user");
        targetType.setAllowCustomValue(true);
        targetType.addCustomValueSetListener(custom -> targetType.setValue(custom.getDetail()));
        targetType.setClearButtonVisible(true);
        targetType.setPlaceholder("any");
        targetId.setId("audit-target-id");
        actor.setId("audit-actor");
        for (TextField field : new TextField[] {targetId, actor}) {
            field.setClearButtonVisible(true);
            field.setPlaceholder("any");
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> showPage(0));
        }
        targetType.addValueChangeListener(change -> showPage(0));
        Paragraph filterNote = new Paragraph("The service filters by target (type, and id within it) or else by who "
                + "acted.");
        filterNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        grid.setId("audit-grid");
        grid.addColumn(e -> e.occurredAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")).setHeader("When")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() + " (" + e.role() + ")").setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditPage.Entry::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.targetType() + " " + e.targetId()).setHeader("Target").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.summary() == null ? "" : e.summary()).setHeader("Summary").setWidth("10rem")
                .setFlexGrow(1);
        grid.addComponentColumn(e -> {
            Button open = new Button("Before / after", click -> new BeforeAfterDialog(e).open());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.addClassName("before-after");
            open.setAriaLabel("Before and after of " + e.action() + " on " + e.targetType() + " " + e.targetId());
            open.setEnabled(e.before() != null || e.after() != null);
            return open;
        }).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32rem");

        count.setId("audit-count");
        newer.setId("audit-newer");
        newer.addClickListener(click -> showPage(page - 1));
        older.setId("audit-older");
        older.addClickListener(click -> showPage(page + 1));
        HorizontalLayout filters = new HorizontalLayout(targetType, targetId, actor);
        filters.setWrap(true);
        HorizontalLayout paging = new HorizontalLayout(count, newer, older);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2("Audit"), filters, filterNote, paging, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showPage(0);
    }

    private void showPage(int wanted) {
        page = Math.max(0, wanted);
        String type = blankToNull(targetType.getValue());
        AuditPage found = audit.entries(type, type == null ? null : blankToNull(targetId.getValue()),
                type == null ? blankToNull(actor.getValue()) : null, page, PAGE_SIZE);
        grid.setItems(found.entries());
        long first = found.total() == 0 ? 0 : (long) page * PAGE_SIZE + 1;
        count.setText(found.total() == 0 ? "No changes match." : String.format(Locale.ROOT, "%d-%d of %d changes",
                first, first + found.entries().size() - 1, found.total()));
        newer.setEnabled(page > 0);
        older.setEnabled((long) (page + 1) * PAGE_SIZE < found.total());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
