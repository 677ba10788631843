package travel.confidence.console.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.context.annotation.Prototype;

/** App bar with the product name, and a side navigation that later views add their entries to. */
@Prototype
public final class MainLayout extends AppLayout {

    MainLayout() {
        Span title = new Span("Confidence Engine console");
        title.addClassName("console-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.setId("side-nav");
        navigation.setLabel("Console");
        navigation.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()));
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }
}
