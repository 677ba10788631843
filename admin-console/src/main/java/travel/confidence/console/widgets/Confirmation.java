package travel.confidence.console.widgets;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before an action that changes what travellers get (publish, roll back, start or stop an experiment). A
 * modal dialog: focus stays inside, Escape cancels, the cancel button has focus first so Enter does not confirm
 * by accident.
 */
public final class Confirmation extends Dialog {

    public Confirmation(String title, String text, String confirmText, String confirmId, Runnable action) {
        setHeaderTitle(title);
        setId(confirmId + "-dialog");
        add(new Paragraph(text));
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId(confirmId + "-cancel");
        Button confirm = new Button(confirmText, click -> {
            close();
            action.run();
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addClickShortcut(Key.ESCAPE);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            }
        });
    }
}
