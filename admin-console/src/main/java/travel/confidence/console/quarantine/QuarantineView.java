package travel.confidence.console.quarantine;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import travel.confidence.api.preference.QuarantineDecision;
import travel.confidence.api.preference.QuarantineItem;
import travel.confidence.api.preference.QuarantinePage;
import travel.confidence.console.decisionservice.QuarantineClient;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.widgets.Pill;

/**
 * Quarantined records, newest first, filtered by kind, reason, traveller and status, with the reasons in words.
 * Select rows (or one) and approve or reject them with a reason; each decision is recorded with who made it.
 */
@Prototype
@PageTitle("Quarantine · Confidence Engine console")
@Route(value = "quarantine", layout = MainLayout.class)
final class QuarantineView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;
    static final List<String> REASONS = List.of("FUTURE_TIMESTAMP", "STALE_TIMESTAMP", "DURATION_TOO_LONG",
            "UNKNOWN_DESTINATION", "DUPLICATE_FEEDBACK", "BURST", "SUPERSEDED");

    private final QuarantineClient quarantine;
    private final ComboBox<String> kind = new ComboBox<>("Kind", "implicit-signal", "explicit-feedback");
    private final ComboBox<String> reason = new ComboBox<>("Reason", REASONS);
    private final TextField user = new TextField("Traveller");
    private final ComboBox<String> status = new ComboBox<>("Status", "pending", "approved", "rejected");
    private final Grid<QuarantineItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Button approve = new Button("Approve selected");
    private final Button reject = new Button("Reject selected");
    private final Button newer = new Button("Newer");
    private final Button older = new Button("Older");
    private int page;
    private long total;

    QuarantineView(QuarantineClient quarantine) {
        this.quarantine = quarantine;
        setWidthFull();
        kind.setId("filter-kind");
        reason.setId("filter-reason");
        user.setId("filter-user");
        status.setId("filter-status");
        status.setValue("pending");
        for (ComboBox<String> box : List.of(kind, reason, status)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("any");
            box.addValueChangeListener(change -> firstPage());
        }
        user.setClearButtonVisible(true);
        user.setPlaceholder("any");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(change -> firstPage());
        HorizontalLayout filters = new HorizontalLayout(kind, reason, user, status);
        filters.setWrap(true);

        grid.setId("quarantine-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(item -> when(item.receivedAt())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuarantineItem::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(QuarantineItem::userId).setHeader("Traveller").setAutoWidth(true);
        grid.addColumn(QuarantineItem::destinationId).setHeader("Destination").setAutoWidth(true);
        grid.addColumn(item -> String.join("; ", item.explanation())).setHeader("Why it was held")
                .setWidth("18rem").setFlexGrow(1).setTooltipGenerator(item -> String.join(", ", item.reasons()));
        grid.addColumn(QuarantineItem::occurrences).setHeader("Times").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> Pill.status(item.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(item -> item.decidedBy() == null ? "" : item.decidedBy()
                + (item.decisionReason() == null ? "" : ": " + item.decisionReason())).setHeader("Decided")
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(QuarantineView::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        grid.addSelectionListener(selection -> updateActions());

        approve.setId("approve-selected");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> decide(true));
        reject.setId("reject-selected");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> decide(false));
        count.setId("quarantine-count");
        newer.setId("quarantine-newer");
        newer.addClickListener(click -> showPage(page - 1));
        older.setId("quarantine-older");
        older.addClickListener(click -> showPage(page + 1));
        HorizontalLayout actions = new HorizontalLayout(approve, reject, count, newer, older);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        add(new H2("Quarantine"), new Paragraph("Signals and feedback no real traveller could have sent are held here "
                + "with their reasons and are not learned from until approved. Click a row for what was sent and its "
                + "review log."), filters, actions, grid);
        updateActions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        firstPage();
    }

    private void firstPage() {
        showPage(0);
    }

    private void showPage(int wanted) {
        page = Math.max(0, wanted);
        QuarantinePage found = quarantine.records(kind.getValue(), reason.getValue(), blankToNull(user.getValue()),
                status.getValue(), page, PAGE_SIZE);
        total = found.total();
        grid.deselectAll();
        grid.setItems(found.items());
        long first = total == 0 ? 0 : (long) page * PAGE_SIZE + 1;
        count.setText(total == 0 ? "No records match." : String.format(Locale.ROOT, "%d-%d of %d",
                first, first + found.items().size() - 1, total));
        newer.setEnabled(page > 0);
        older.setEnabled((long) (page + 1) * PAGE_SIZE < total);
    }

    private void updateActions() {
        int selected = grid.getSelectedItems().size();
        boolean pending = grid.getSelectedItems().stream().allMatch(item -> "pending".equals(item.status()));
        approve.setEnabled(selected > 0 && pending);
        reject.setEnabled(selected > 0 && pending);
        approve.setText(selected > 1 ? "Approve " + selected + " selected" : "Approve selected");
        reject.setText(selected > 1 ? "Reject " + selected + " selected" : "Reject selected");
    }

    private void decide(boolean approving) {
        List<QuarantineItem> chosen = new ArrayList<>(grid.getSelectedItems());
        new DecisionDialog(approving, chosen.size(), why -> {
            QuarantineDecision decision = new QuarantineDecision(why.isBlank() ? null : why);
            int done = 0;
            for (QuarantineItem item : chosen) {
                if (approving) {
                    quarantine.approve(item.id(), decision);
                } else {
                    quarantine.reject(item.id(), decision);
                }
                done++;
            }
            Notification.show((approving ? "Approved " : "Rejected ") + done + " of " + chosen.size() + " record"
                    + (chosen.size() == 1 ? "" : "s") + ".");
            showPage(page);
        }).open();
    }

    private static Component details(QuarantineItem item) {
        Div details = new Div();
        String sent = item.signal() != null
                ? "Signal: " + item.signal().eventType() + " on " + item.signal().destinationId() + " at "
                + item.signal().timestamp() + (item.signal().duration() == null ? "" : ", " + item.signal().duration()
                + " ms")
                : item.feedback() != null ? "Feedback on trip " + item.feedback().tripId() + " to "
                + item.feedback().destinationId() + " at " + item.feedback().timestamp() + ": overall "
                + item.feedback().ratings().overall() + ", safety " + item.feedback().ratings().safety() + ", value "
                + item.feedback().ratings().value() + ", accessibility " + item.feedback().ratings().accessibility()
                + ", experience " + item.feedback().ratings().experience()
                + (item.feedback().comments() == null ? "" : "; \"" + item.feedback().comments() + "\"")
                : "Nothing recorded";
        details.add(new Paragraph(sent + ". First received " + item.receivedAt() + ", last " + item.lastReceivedAt()
                + ". Reason codes: " + String.join(", ", item.reasons()) + "."));
        if (!item.audit().isEmpty()) {
            StringBuilder log = new StringBuilder();
            item.audit().forEach(a -> log.append(a.at()).append("  ").append(a.action()).append(" by ")
                    .append(a.actor()).append(a.reason() == null ? "" : ": " + a.reason()).append('\n'));
            details.add(new Pre(log.toString()));
        }
        return details;
    }

    private static String when(String instant) {
        return instant == null ? "" : instant.replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
