package travel.confidence.console.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import travel.confidence.console.decisionservice.AuditPage;
import travel.confidence.console.widgets.JsonText;

/**
 * One change's recorded state before and after, side by side as laid-out JSON in read-only text areas (they take
 * focus and scroll with the keyboard, and screen readers read them by their labels). Modal: Escape or Close.
 */
final class BeforeAfterDialog extends Dialog {

    BeforeAfterDialog(AuditPage.Entry entry) {
        setId("before-after-dialog");
        setHeaderTitle(entry.action() + " on " + entry.targetType() + " " + entry.targetId());
        setWidth("min(1200px, 96vw)");
        Button closeIcon = new Button(VaadinIcon.CLOSE.create(), click -> close());
        closeIcon.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        closeIcon.setAriaLabel("Close");
        getHeader().add(closeIcon);

        add(new Paragraph(entry.actor() + " (" + entry.role() + ") at " + entry.occurredAt()
                + (entry.summary() == null ? "" : ": " + entry.summary())));
        TextArea before = side("Before", entry.before(), "audit-before");
        TextArea after = side("After", entry.after(), "audit-after");
        HorizontalLayout sides = new HorizontalLayout(before, after);
        sides.setWidthFull();
        add(sides);
        Button close = new Button("Close", click -> close());
        close.setId("close-before-after");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private static TextArea side(String label, String json, String id) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValue(json == null || json.isBlank() ? "(nothing recorded)" : JsonText.pretty(json));
        area.setReadOnly(true);
        area.setWidth("50%");
        area.setHeight("28rem");
        area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)");
        return area;
    }
}
