package travel.confidence.console.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import travel.confidence.console.decisionservice.RuleVersion;

/** Asks for a label and copies a version into a new draft. */
final class NewDraftDialog extends Dialog {

    NewDraftDialog(RuleVersion from, Consumer<String> create) {
        setHeaderTitle("New draft from " + from.version());
        TextField label = new TextField("Label");
        label.setId("new-draft-label");
        label.setValue("Copy of " + from.version());
        label.setWidth("24rem");
        label.setMaxLength(200);
        add(new Paragraph("The draft starts with every file of " + from.version() + " and can be edited until it "
                + "passes validation."), label);
        Button createButton = new Button("Create draft", click -> {
            create.accept(label.getValue().isBlank() ? "Copy of " + from.version() : label.getValue().strip());
            close();
        });
        createButton.setId("create-draft");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), createButton);
    }
}
