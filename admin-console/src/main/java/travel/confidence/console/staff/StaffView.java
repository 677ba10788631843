package travel.confidence.console.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import travel.confidence.api.staff.NewStaffAccount;
import travel.confidence.api.staff.StaffAccount;
import travel.confidence.api.staff.StaffAccountUpdate;
import travel.confidence.console.decisionservice.StaffAccountsClient;
import travel.confidence.console.layout.MainLayout;
import travel.confidence.console.security.RequiresRole;
import travel.confidence.console.security.StaffRole;
import travel.confidence.console.widgets.Pill;
import travel.confidence.console.widgets.Tone;

/** Console accounts: admins only (the access check refuses this view to editors, and so does the service). */
@Prototype
@RequiresRole(StaffRole.ADMIN)
@PageTitle("Staff · Confidence Engine console")
@Route(value = "staff", layout = MainLayout.class)
final class StaffView extends VerticalLayout implements BeforeEnterObserver {

    static final int MIN_PASSWORD = 12;

    private final StaffAccountsClient accounts;
    private final Grid<StaffAccount> grid = new Grid<>();

    StaffView(StaffAccountsClient accounts) {
        this.accounts = accounts;
        setWidthFull();
        grid.setId("staff-grid");
        grid.addColumn(StaffAccount::username).setHeader("Username").setAutoWidth(true);
        grid.addComponentColumn(a -> new Pill(a.role(), "admin".equals(a.role()) ? Tone.INFO : Tone.NEUTRAL))
                .setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(a -> a.disabled() ? new Pill("disabled", Tone.BAD) : new Pill("active", Tone.GOOD))
                .setHeader("State").setAutoWidth(true);
        grid.addColumn(a -> a.updatedAt().replace('T', ' ')).setHeader("Changed").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);

        add(new H2("Staff"), new Paragraph("Editors tune weights, edit rules, review the quarantine and read "
                + "everything; admins also publish, roll back, run experiments and manage accounts."), grid,
                new H3("New account"), newAccountForm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(accounts.accounts());
    }

    private HorizontalLayout actions(StaffAccount account) {
        String otherRole = "admin".equals(account.role()) ? "editor" : "admin";
        Button role = new Button("Make " + otherRole, click -> update(account.username(),
                new StaffAccountUpdate(otherRole, null, null), account.username() + " is now " + otherRole + "."));
        Button state = new Button(account.disabled() ? "Enable" : "Disable", click -> update(account.username(),
                new StaffAccountUpdate(null, null, !account.disabled()), account.username()
                        + (account.disabled() ? " can sign in again." : " can no longer sign in.")));
        for (Button b : new Button[] {role, state}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(role, state);
    }

    private void update(String username, StaffAccountUpdate update, String done) {
        accounts.update(username, update);
        Notification.show(done);
        grid.setItems(accounts.accounts());
    }

    private HorizontalLayout newAccountForm() {
        TextField username = new TextField("Username");
        username.setId("new-account-username");
        PasswordField password = new PasswordField("Password");
        password.setId("new-account-password");
        password.setHelperText("At least " + MIN_PASSWORD + " characters");
        ComboBox<String> role = new ComboBox<>("Role", "editor", "admin");
        role.setId("new-account-role");
        role.setValue("editor");
        Button create = new Button("Create account", click -> {
            StaffAccount created = accounts.create(new NewStaffAccount(username.getValue().strip(), password.getValue(),
                    role.getValue()));
            Notification.show("Created " + created.username() + " as " + created.role() + ".");
            username.clear();
            password.clear();
            grid.setItems(accounts.accounts());
        });
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, role, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
