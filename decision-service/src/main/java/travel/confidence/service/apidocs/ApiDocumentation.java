package travel.confidence.service.apidocs;

import io.micronaut.configuration.metrics.micrometer.prometheus.management.PrometheusEndpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The OpenAPI document's frame. micronaut-openapi writes the document from the controllers at compile time
 * ({@code META-INF/swagger/confidence-engine.yml}); the service serves it at {@value #SPEC_PATH} and the
 * Swagger UI page at {@value #UI_PATH}, with every asset bundled in the jar (no internet needed).
 */
@OpenAPIDefinition(info = @Info(
        title = "Confidence Engine",
        version = "1",
        description = "How confident a traveller can be about a trip: a 0-100 score, a badge, an eight-factor "
                + "breakdown citing every value with its source and year, the adjustments for live conditions, "
                + "preference learning, the in-trip assistant and VR previews. Paths and bodies are the design's "
                + "TypeScript interfaces; responses may carry more fields, never fewer. Every error is an "
                + "ErrorResponse with a stable code. Admin endpoints need a staff bearer token from "
                + "POST /api/admin/login (Authorize button).",
        license = @License(name = "Data: see NOTICE (ODbL 1.0, CC BY 4.0, public domain sources)")))
@SecurityScheme(name = ApiDocumentation.STAFF_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT",
        description = "A staff token: POST /api/admin/login {\"username\", \"password\"} answers access_token; "
                + "send it as Authorization: Bearer <token>. Valid for 8 hours.")
@OpenAPIInclude(classes = {HealthEndpoint.class, PrometheusEndpoint.class}, tags = @Tag(name = "Operations"))
public final class ApiDocumentation {

    /** The security scheme admin controllers name in {@code @SecurityRequirement}. */
    public static final String STAFF_TOKEN = "staffToken";
    public static final String SPEC_PATH = "/swagger/confidence-engine.yml";
    public static final String UI_PATH = "/swagger-ui/index.html";

    private ApiDocumentation() {
    }
}
