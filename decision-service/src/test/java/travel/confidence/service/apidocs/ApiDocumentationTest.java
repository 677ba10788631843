package travel.confidence.service.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.uri.UriMatchTemplate;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The service serves its OpenAPI document and the Swagger UI page from the jar, the document lists every route
 * the service has, every request body comes with an example, and every admin route names the staff token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentationTest implements TestPropertyProvider {

    /** Bodies that are files, not text: an example would be a spreadsheet. */
    static final Set<String> BINARY_BODIES = Set.of(
            "PUT /api/admin/rules/versions/{id}/tables/{name}/xlsx", "PUT /api/admin/rules/versions/{id}/xlsx");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @Test
    void the_document_and_the_page_and_its_assets_are_served_from_the_jar() {
        JsonHttp http = new JsonHttp(server);

        JsonHttp.Reply spec = http.get(ApiDocumentation.SPEC_PATH);
        assertThat(spec.status()).isEqualTo(200);
        assertThat(OpenApiDocument.of(spec.body()).root()).containsKeys("openapi", "info", "paths", "components");

        JsonHttp.Reply page = http.get(ApiDocumentation.UI_PATH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains(ApiDocumentation.SPEC_PATH)
                .doesNotContain("https://", "http://");
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css")) {
            JsonHttp.Reply reply = http.get("/swagger-ui/res/" + asset);
            assertThat(reply.status()).as(asset).isEqualTo(200);
            assertThat(reply.body().length()).as(asset).isGreaterThan(1000);
        }
    }

    @Test
    void every_route_of_the_service_is_in_the_document() {
        OpenApiDocument document = OpenApiDocument.generated();
        Set<String> undocumented = new TreeSet<>();
        int routes = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String path = pathOf(route.getUriMatchTemplate());
            if (!path.startsWith("/api/") || route.getHttpMethodName().equals("HEAD")) {
                continue; // HEAD is answered for every GET by the framework
            }
            routes++;
            if (document.operation(route.getHttpMethodName(), path).isEmpty()) {
                undocumented.add(route.getHttpMethodName() + " " + path);
            }
        }
        assertThat(routes).isGreaterThan(50);
        assertThat(undocumented).isEmpty();
        assertThat(document.operation("POST", "/api/admin/login")).isPresent();
        assertThat(document.operation("GET", "/prometheus")).isPresent();
        assertThat(document.operation("GET", "/health")).isPresent();
    }

    @Test
    void every_request_body_has_an_example() {
        List<String> without = new ArrayList<>();
        operations().forEach((key, operation) -> {
            Map<String, Object> body = OpenApiDocument.map(operation, "requestBody");
            if (body == null || BINARY_BODIES.contains(key)) {
                return;
            }
            OpenApiDocument.map(body, "content").forEach((mediaType, content) -> {
                Map<String, Object> media = cast(content);
                if (!media.containsKey("examples") && !media.containsKey("example")) {
                    without.add(key + " " + mediaType);
                }
            });
        });
        assertThat(without).isEmpty();
    }

    @Test
    void every_admin_route_needs_the_staff_token_and_no_public_route_does() {
        OpenApiDocument document = OpenApiDocument.generated();
        assertThat(OpenApiDocument.map(OpenApiDocument.map(document.root(), "components"), "securitySchemes"))
                .containsKey(ApiDocumentation.STAFF_TOKEN);
        List<String> wrong = new ArrayList<>();
        operations().forEach((key, operation) -> {
            boolean admin = key.contains(" /api/admin/") && !key.equals("POST /api/admin/login");
            boolean secured = OpenApiDocument.list(operation, "security").stream()
                    .anyMatch(s -> ((Map<?, ?>) s).containsKey(ApiDocumentation.STAFF_TOKEN));
            if (admin != secured) {
                wrong.add(key + (admin ? " does not name the staff token" : " names the staff token"));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_internal_parameter_leaks_into_the_document() {
        String yaml = new JsonHttp(server).get(ApiDocumentation.SPEC_PATH).body();
        assertThat(yaml).doesNotContain("AdminPrincipal").doesNotContain("who:");
    }

    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        OpenApiDocument.generated().paths().forEach((path, item) -> ApiDocumentationTest.<Object>cast(item)
                .forEach((method, operation) -> operations.put(method.toUpperCase() + " " + path, cast(operation))));
        return operations;
    }

    private static String pathOf(UriMatchTemplate template) {
        return template.toPathString().replaceAll("\\{([^}?:]+)(:[^}]*)?}", "{$1}");
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> cast(Object value) {
        return (Map<String, T>) value;
    }
}
