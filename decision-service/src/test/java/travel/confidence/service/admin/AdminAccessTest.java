package travel.confidence.service.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.service.support.AdminHttp;
import travel.confidence.service.support.StaffTokens;
import travel.confidence.service.support.TemporaryDataDir;

/** Every admin route asks who is calling and refuses a role that may not do what it does. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    /** Every admin route but the login, which is where a member of staff gets the token the others need. */
    private List<UriRouteInfo<?, ?>> adminRoutes() {
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/admin"))
                .filter(r -> !r.getUriMatchTemplate().toString().equals("/api/admin/login"))
                .<UriRouteInfo<?, ?>>map(r -> r).toList();
        assertThat(routes).as("admin routes").hasSizeGreaterThan(25);
        return routes;
    }

    @Test
    void every_admin_route_declares_the_role_it_needs() {
        assertThat(adminRoutes()).allSatisfy(route -> assertThat(route.getAnnotationMetadata().hasAnnotation(AdminAccess.class))
                .as(route.getHttpMethod() + " " + route.getUriMatchTemplate()).isTrue());
    }

    @Test
    void every_admin_route_answers_401_without_a_user_and_403_to_a_role_nobody_has() {
        for (UriRouteInfo<?, ?> route : adminRoutes()) {
            String what = route.getHttpMethod() + " " + route.getUriMatchTemplate();
            Reply anonymous = call(route, null, null);
            Reply stranger = call(route, "mallory", "superuser");
            assertThat(anonymous.status()).as(what).isEqualTo(401);
            assertThat(stranger.status()).as(what).isEqualTo(403);
            if (route.getHttpMethod() != HttpMethod.HEAD) { // a HEAD answer has no body
                assertThat(error(anonymous).error().code()).as(what).isEqualTo("UNAUTHORIZED");
                assertThat(error(stranger).error().code()).as(what).isEqualTo("FORBIDDEN");
            }
        }
    }

    @Test
    void an_editor_is_refused_every_admin_only_route_with_the_role_it_needs() {
        List<UriRouteInfo<?, ?>> adminOnly = adminRoutes().stream()
                .filter(r -> r.getAnnotationMetadata().enumValue(AdminAccess.class, AdminRole.class)
                        .orElseThrow() == AdminRole.ADMIN).toList();
        assertThat(adminOnly).extracting(r -> r.getUriMatchTemplate().toString())
                .contains("/api/admin/rules/versions/{id}/publish", "/api/admin/rules/rollback", "/api/admin/experiments");
        for (UriRouteInfo<?, ?> route : adminOnly) {
            Reply editor = call(route, "erin.editor", "editor");
            assertThat(editor.status()).as(route.getHttpMethod() + " " + route.getUriMatchTemplate()).isEqualTo(403);
            if (route.getHttpMethod() == HttpMethod.HEAD) {
                continue;
            }
            assertThat(error(editor).error().details()).containsEntry("requiredRole", "admin");
            assertThat(error(editor).error().message()).contains("needs the admin role");
        }
    }

    @Test
    void an_editor_reads_and_drafts_and_an_admin_may_do_whatever_an_editor_may() {
        assertThat(AdminHttp.editor(server).get("/api/admin/rules/versions").status()).isEqualTo(200);
        assertThat(AdminHttp.admin(server).get("/api/admin/rules/versions").status()).isEqualTo(200);
        AdminHttp.Reply draft = AdminHttp.admin(server).post("/api/admin/rules/versions", "{\"from\":1}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.body()).contains("\"author\":\"ada.admin\"");
        assertThat(new AdminHttp(server, "Erin.Editor", "EDITOR").get("/api/admin/audit").status())
                .as("roles are read in any case").isEqualTo(200);
    }

    private record Reply(int status, String body) {
    }

    private ErrorResponse error(Reply reply) {
        try {
            return json.readValue(reply.body(), ErrorResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(reply.body(), e);
        }
    }

    /** Calls a route with every path variable set to 1 and a body of the type it consumes. */
    private Reply call(UriRouteInfo<?, ?> route, String user, String role) {
        Map<String, Object> variables = new HashMap<>();
        route.getUriMatchTemplate().getVariableNames().forEach(name -> variables.put(name, "1"));
        URI uri = server.getURI().resolve(route.getUriMatchTemplate().expand(variables));
        String contentType = route.getConsumes().isEmpty() ? "application/json" : route.getConsumes().get(0).toString();
        String body = contentType.equals("application/json") ? "{}" : "x";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", contentType);
        if (user != null) {
            request.header("Authorization", StaffTokens.bearer(server.getApplicationContext(), user, role));
        }
        HttpMethod method = route.getHttpMethod();
        request.method(method.name(), method.permitsRequestBody() ? HttpRequest.BodyPublishers.ofString(body)
                : HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
