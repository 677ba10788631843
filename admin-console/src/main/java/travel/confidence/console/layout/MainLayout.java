package travel.confidence.console.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.context.annotation.Prototype;
import travel.confidence.console.decisionservice.StaffAccountsClient;
import travel.confidence.console.security.PasswordChangeDialog;
import travel.confidence.console.security.SignedInStaff;
import travel.confidence.console.security.StaffSession;

/**
 * App bar with the product name and who is signed in (change password, sign out), and the side navigation to
 * every view. The staff accounts entry is shown to admins only; the access check refuses the view to editors
 * anyway.
 */
@Prototype
public final class MainLayout extends AppLayout {

    MainLayout(StaffAccountsClient accounts) {
        Span title = new Span("Confidence Engine console");
        title.addClassName("console-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        HorizontalLayout bar = new HorizontalLayout(title);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        title.getStyle().set("flex-grow", "1");
        StaffSession.current().ifPresent(staff -> bar.add(whoIsSignedIn(staff), changePassword(accounts), signOut()));
        addToNavbar(new DrawerToggle(), bar);

        SideNav navigation = new SideNav();
        navigation.setId("side-nav");
        navigation.setLabel("Console");
        navigation.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()),
                new SideNavItem("Preview", "preview", VaadinIcon.GRID_BIG.create()),
                new SideNavItem("Weights", "weights", VaadinIcon.SLIDERS.create()),
                new SideNavItem("Rules", "rules", VaadinIcon.FILE_CODE.create()),
                new SideNavItem("Impact", "impact", VaadinIcon.CHART.create()),
                new SideNavItem("Quarantine", "quarantine", VaadinIcon.FILTER.create()),
                new SideNavItem("Experiments", "experiments", VaadinIcon.FLASK.create()),
                new SideNavItem("Audit", "audit", VaadinIcon.RECORDS.create()));
        if (StaffSession.isAdmin()) {
            navigation.addItem(new SideNavItem("Staff", "staff", VaadinIcon.USERS.create()));
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    private static Span whoIsSignedIn(SignedInStaff staff) {
        Span who = new Span(staff.username() + " · " + staff.role().key());
        who.setId("signed-in-as");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return who;
    }

    private static Button changePassword(StaffAccountsClient accounts) {
        Button button = new Button("Change password", click -> new PasswordChangeDialog(accounts).open());
        button.setId("change-password");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Button signOut() {
        Button button = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> StaffSession.signOut());
        button.setId("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
