package travel.confidence.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in and what each role may do: a wrong password is refused on the form, an editor is refused the
 * admin-only views and actions (by the console and, underneath, by the service), signing out ends the session.
 */
class SignInIT extends BrowserTest {

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_view() {
        page.open(console().resolve("login"));
        page.await(By.id("login-form"));
        page.screenshot("login");
        page.submitLogin(ConsoleStack.ADMIN, "not-the-password");

        page.until(d -> d.findElement(By.id("login-form")).getDomAttribute("error") != null);
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void a_view_opened_before_signing_in_opens_after_signing_in() {
        page.open(console().resolve("audit"));
        page.await(By.id("login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        page.submitLogin(ConsoleStack.ADMIN, stack.adminPassword());

        page.awaitHeading("Audit");
        assertThat(browser.getCurrentUrl()).endsWith("/audit");
    }

    @Test
    void an_editor_is_refused_the_admin_only_staff_view_and_is_not_offered_publication() {
        signedInAsEditor();
        assertThat(page.awaitText("signed-in-as")).isEqualTo(ConsoleStack.EDITOR + " · editor");
        assertThat(page.awaitText("side-nav")).contains("Rules", "Quarantine").doesNotContain("Staff");

        page.open(console().resolve("staff")).awaitHeading("This page is not available");
        assertThat(page.awaitText("error-message"))
                .isEqualTo("This page needs the admin role; you are signed in as editor.");

        page.view(console(), "impact", "Impact");
        assertThat(page.awaitText("publish-needs-admin")).contains("need the admin role");
        assertThat(browser.findElements(By.id("publish-version"))).isEmpty();

        page.view(console(), "experiments", "Experiments");
        assertThat(page.awaitText("experiments-need-admin")).contains("needs the admin role");
        assertThat(browser.findElements(By.id("new-experiment"))).isEmpty();
    }

    @Test
    void the_service_refuses_an_editor_what_the_console_does_not_offer_them() {
        AdminApi editor = stack.adminApi().as(ConsoleStack.EDITOR, stack.editorPassword());
        AdminApi admin = stack.adminApi();

        assertThat(admin.statusOf("POST", "/api/admin/rules/rollback", editor)).isEqualTo(403);
        assertThat(admin.statusOf("GET", "/api/admin/users", editor)).isEqualTo(403);
        assertThat(admin.statusOf("GET", "/api/admin/rules/versions", editor)).isEqualTo(200);
    }

    @Test
    void signing_out_goes_back_to_the_login_view_and_the_views_need_a_new_sign_in() {
        signedInAsAdmin().awaitHeading("Confidence Engine console");
        page.click("sign-out");

        assertThat(page.awaitText("login-notice")).isEqualTo("You have signed out.");
        page.open(console().resolve("rules"));
        page.await(By.id("login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}
