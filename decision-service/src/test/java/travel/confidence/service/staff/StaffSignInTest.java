package travel.confidence.service.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.data.DataDirectory;
import travel.confidence.data.staff.ConsoleUserRepository;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/** Staff sign in with a name and password and act within their role; nobody else gets in. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSignInTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    ConsoleUserRepository users;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private String firstAdminPassword() throws Exception {
        return Files.readString(dataDirectory.dataDir().resolve(FirstAdmin.PASSWORD_FILE)).strip();
    }

    @Test
    void the_first_admin_gets_a_random_password_written_to_the_data_directory_and_stored_only_as_a_hash() throws Exception {
        Path file = dataDirectory.dataDir().resolve(FirstAdmin.PASSWORD_FILE);
        String password = firstAdminPassword();
        assertThat(password).hasSize(20);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String stored = users.findById("admin").orElseThrow().passwordHash();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(password);

        JsonHttp admin = new JsonHttp(server).signIn("admin", password);
        assertThat(admin.get("/api/admin/users").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_name_fail_alike_without_saying_which() throws Exception {
        JsonHttp.Reply wrong = new JsonHttp(server).post("/api/admin/login", "{\"username\":\"admin\",\"password\":\"not-it\"}");
        JsonHttp.Reply unknown = new JsonHttp(server).post("/api/admin/login", "{\"username\":\"nobody\",\"password\":\"x\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.as(json, ErrorResponse.class).error().message())
                .isEqualTo(unknown.as(json, ErrorResponse.class).error().message());
        assertThat(wrong.body()).doesNotContain(firstAdminPassword());
    }

    @Test
    void without_a_token_admin_routes_answer_401_and_a_forged_or_expired_token_gets_nothing_either() {
        JsonHttp.Reply anonymous = new JsonHttp(server).get("/api/admin/rules/versions");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.as(json, ErrorResponse.class).error().code()).isEqualTo("UNAUTHORIZED");

        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes());
        String claims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"mallory\",\"roles\":[\"admin\"]}".getBytes());
        String forged = header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        assertThat(new JsonHttp(server).put("/api/admin/users/admin", "{\"disabled\":true}",
                Map.of("Authorization", "Bearer " + forged)).status()).isEqualTo(401);
    }

    @Test
    void an_admin_creates_an_editor_who_may_draft_but_not_publish_and_a_disabled_account_cannot_sign_in() throws Exception {
        JsonHttp admin = new JsonHttp(server).signIn("admin", firstAdminPassword());
        JsonHttp.Reply created = admin.post("/api/admin/users",
                "{\"username\":\"erin.editor\",\"password\":\"correct horse battery\",\"role\":\"editor\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"role\":\"editor\"").doesNotContain("correct horse");

        JsonHttp editor = new JsonHttp(server).signIn("erin.editor", "correct horse battery");
        assertThat(editor.get("/api/admin/rules/versions").status()).isEqualTo(200);
        JsonHttp.Reply forbidden = editor.post("/api/admin/rules/rollback", "");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.as(json, ErrorResponse.class).error().details()).containsEntry("requiredRole", "admin");
        assertThat(editor.get("/api/admin/users").status()).isEqualTo(403);

        assertThat(admin.put("/api/admin/users/erin.editor", "{\"disabled\":true}").status()).isEqualTo(200);
        assertThat(new JsonHttp(server).post("/api/admin/login",
                "{\"username\":\"erin.editor\",\"password\":\"correct horse battery\"}").status()).isEqualTo(401);
        assertThat(admin.get("/api/admin/audit").body()).contains("account.create", "account.update");
    }

    @Test
    void a_short_password_or_an_unknown_role_is_a_400_naming_the_field() throws Exception {
        JsonHttp admin = new JsonHttp(server).signIn("admin", firstAdminPassword());
        assertThat(admin.post("/api/admin/users", "{\"username\":\"sam\",\"password\":\"short\",\"role\":\"editor\"}")
                .as(json, ErrorResponse.class).error().details()).containsEntry("field", "password");
        assertThat(admin.post("/api/admin/users", "{\"username\":\"sam\",\"password\":\"long enough password\",\"role\":\"root\"}")
                .as(json, ErrorResponse.class).error().details()).containsEntry("field", "role");
    }
}
