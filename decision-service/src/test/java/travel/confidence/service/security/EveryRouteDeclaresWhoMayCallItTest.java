package travel.confidence.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.service.admin.AdminAccess;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * The check a new endpoint cannot forget: every route the router knows under {@code /api} says who may call it. A
 * travellers' route carries {@link ForUser} naming a path variable it really has or a body it really reads, or
 * {@link ForAnyUser}; an admin route carries {@link AdminAccess}. The guards refuse a route without it at run
 * time too; this test says so at build time, with the route's name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteDeclaresWhoMayCallItTest implements TestPropertyProvider {

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @Test
    void every_travellers_route_names_where_its_user_id_is_or_says_it_has_none() {
        List<String> undeclared = new ArrayList<>();
        List<String> publicRoutes = new ArrayList<>();
        router.uriRoutes().forEach(route -> {
            String template = RouteTemplates.of(route);
            if (!RouteTemplates.isPublic(template)) {
                return;
            }
            String name = route.getHttpMethodName() + " " + template;
            publicRoutes.add(name);
            Optional<UserRule> rule = UserRule.of(route.getAnnotationMetadata());
            if (rule.isEmpty()) {
                undeclared.add(name + ": neither @ForUser (with exactly one of path, body) nor @ForAnyUser");
            } else if (rule.get().source() == UserRule.Source.PATH && !pathVariables(route).contains(rule.get().name())) {
                undeclared.add(name + ": @ForUser(path = \"" + rule.get().name() + "\") but the path has no such variable");
            } else if (rule.get().source() == UserRule.Source.BODY && route.getBodyArgument().isEmpty()) {
                undeclared.add(name + ": @ForUser(body = \"" + rule.get().name() + "\") but the route reads no body");
            }
        });
        assertThat(publicRoutes).as("the travellers' routes the router knows")
                .contains("PUT /api/profiles/{userId}", "POST /api/confidence/calculate", "GET /api/destinations");
        assertThat(undeclared).isEmpty();
    }

    @Test
    void every_admin_route_but_the_sign_in_declares_its_role() {
        List<String> undeclared = new ArrayList<>();
        router.uriRoutes().forEach(route -> {
            String template = RouteTemplates.of(route);
            if (RouteTemplates.isAdmin(template) && !template.equals(RouteTemplates.LOGIN)
                    && !route.getAnnotationMetadata().hasAnnotation(AdminAccess.class)) {
                undeclared.add(route.getHttpMethodName() + " " + template);
            }
        });
        assertThat(undeclared).isEmpty();
    }

    @Test
    void the_declarations_say_what_the_seed_means_by_a_travellers_own_data() {
        Map<String, String> expected = Map.of(
                "GET /api/profiles/{userId}", "PATH userId",
                "POST /api/preferences/track-implicit", "BODY userId",
                "GET /api/assistant/trip-mode/{userId}", "PATH userId",
                "POST /api/assistant/query", "BODY userId",
                "GET /api/destinations/{id}", "NONE ");
        List<String> found = new ArrayList<>();
        router.uriRoutes().forEach(route -> {
            String name = route.getHttpMethodName() + " " + RouteTemplates.of(route);
            if (expected.containsKey(name)) {
                UserRule rule = UserRule.of(route.getAnnotationMetadata()).orElseThrow();
                found.add(name + " -> " + rule.source() + " " + rule.name());
            }
        });
        assertThat(found.stream().distinct().toList()).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                .map(e -> e.getKey() + " -> " + e.getValue()).toList());
    }

    private static List<String> pathVariables(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().getVariableNames();
    }
}
