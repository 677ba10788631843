package travel.confidence.console.quarantine;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks why before records are approved or rejected. A rejection needs a reason (the service insists too); an
 * approval may give one.
 */
final class DecisionDialog extends Dialog {

    static final int MAX_REASON = 2000;

    DecisionDialog(boolean approve, int count, Consumer<String> decide) {
        String verb = approve ? "Approve" : "Reject";
        setHeaderTitle(verb + " " + count + " record" + (count == 1 ? "" : "s"));
        setId("quarantine-decision-dialog");
        TextArea reason = new TextArea(approve ? "Reason (optional)" : "Reason (required)");
        reason.setId("quarantine-decision-reason");
        reason.setWidth("30rem");
        reason.setMaxLength(MAX_REASON);
        reason.setRequired(!approve);
        add(new Paragraph(approve ? "Approved records become learnable: feedback at once, signals with the next "
                + "learning batch." : "Rejected records stay in the quarantine and are never learned from."), reason);
        Button confirm = new Button(verb, click -> {
            if (!approve && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why the records are rejected");
                return;
            }
            close();
            decide.accept(reason.getValue().strip());
        });
        confirm.setId("quarantine-decision-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, approve ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
    }
}
