package travel.confidence.console.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import travel.confidence.api.staff.PasswordChange;
import travel.confidence.console.decisionservice.StaffAccountsClient;

/**
 * Every member of staff changes their own password here (the first admin's random one above all). The service
 * checks the current password and the new one's length; its refusal is shown as it words it.
 */
public final class PasswordChangeDialog extends Dialog {

    static final int MIN_LENGTH = 12;

    public PasswordChangeDialog(StaffAccountsClient accounts) {
        setHeaderTitle("Change your password");
        PasswordField current = new PasswordField("Current password");
        PasswordField next = new PasswordField("New password");
        next.setHelperText("At least " + MIN_LENGTH + " characters");
        next.setMinLength(MIN_LENGTH);
        PasswordField repeated = new PasswordField("New password again");
        current.setWidthFull();
        next.setWidthFull();
        repeated.setWidthFull();

        Button save = new Button("Change password", click -> {
            if (!next.getValue().equals(repeated.getValue())) {
                repeated.setInvalid(true);
                repeated.setErrorMessage("The two new passwords differ");
                return;
            }
            accounts.changeOwnPassword(new PasswordChange(current.getValue(), next.getValue()));
            Notification.show("Your password has been changed.");
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(current, next, repeated));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
