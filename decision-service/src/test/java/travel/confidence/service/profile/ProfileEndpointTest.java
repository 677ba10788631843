package travel.confidence.service.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.profile.BudgetRange;
import travel.confidence.api.profile.Persona;
import travel.confidence.api.profile.Preferences;
import travel.confidence.api.profile.TravelHistory;
import travel.confidence.api.profile.TravelerProfile;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.data.profile.ProfileRepository;
import travel.confidence.service.preference.PreferenceFixtures;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.MutableClock;
import travel.confidence.service.support.TemporaryDataDir;

/** The seed's TravelerProfile over {@code GET|PUT /api/profiles/{userId}}, and seed Property 18. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileEndpointTest implements TestPropertyProvider {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    ProfileRepository profiles;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private static String newUser() {
        return "profiled-" + USERS.incrementAndGet();
    }

    private static String familyOnABudget() throws IOException {
        try (InputStream in = ProfileEndpointTest.class.getResourceAsStream("/profile/a-family-on-a-budget.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"userId\": \"family-on-a-budget\",", "");
        }
    }

    private JsonHttp.Reply put(String user, String body, String ifMatch) {
        return ifMatch == null ? http().put("/api/profiles/" + user, body)
                : http().put("/api/profiles/" + user, body, Map.of("If-Match", ifMatch));
    }

    @Test
    void a_profile_is_created_read_and_replaced_with_its_version_as_etag() throws IOException {
        String user = newUser();
        assertThat(http().get("/api/profiles/" + user).status()).isEqualTo(404);

        JsonHttp.Reply created = put(user, familyOnABudget(), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().get("etag")).containsExactly("\"0\"");
        TravelerProfile profile = created.as(mapper, TravelerProfile.class);
        assertThat(profile.userId()).isEqualTo(user);
        assertThat(profile.persona().budgetTier()).isEqualTo("budget");
        assertThat(profile.preferences().budgetRange().currency()).isEqualTo("EUR");
        assertThat(profile.travelHistory().visitedDestinations()).containsExactly("AT", "IT");
        assertThat(profile.createdAt()).isEqualTo(NOW.toString());
        assertThat(profile.updatedAt()).isEqualTo(NOW.toString());
        assertThat(profile.preferenceWeights().confidence()).isZero();

        CLOCK.advance(Duration.ofHours(2));
        JsonHttp.Reply replaced = put(user, familyOnABudget().replace("\"budget\"", "\"luxury\""), "\"0\"");
        CLOCK.set(NOW);

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().get("etag")).containsExactly("\"1\"");
        TravelerProfile after = http().get("/api/profiles/" + user).as(mapper, TravelerProfile.class);
        assertThat(after.persona().budgetTier()).isEqualTo("luxury");
        assertThat(after.createdAt()).isEqualTo(NOW.toString());
        assertThat(after.updatedAt()).isEqualTo(NOW.plus(Duration.ofHours(2)).toString());
    }

    @Test
    void a_write_based_on_an_old_version_is_a_conflict() throws IOException {
        String user = newUser();
        put(user, familyOnABudget(), null);
        put(user, familyOnABudget(), "\"0\"");

        JsonHttp.Reply stale = put(user, familyOnABudget().replace("\"novice\"", "\"experienced\""), "\"0\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.as(mapper, ErrorResponse.class).error().code()).isEqualTo("CONFLICT");
        assertThat(http().get("/api/profiles/" + user).as(mapper, TravelerProfile.class).persona().experienceLevel())
                .isEqualTo("novice");
    }

    @Test
    void concurrent_writes_never_lose_an_update_silently() throws Exception {
        String user = newUser();
        String body = familyOnABudget();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            replies.add(pool.submit(() -> put(user, body, null).status()));
        }
        int written = 0;
        for (Future<Integer> reply : replies) {
            int status = reply.get();
            assertThat(status).isIn(200, 201, 409);
            written += status == 409 ? 0 : 1;
        }
        pool.shutdown();

        assertThat(profiles.findById(user).orElseThrow().version()).as("each accepted write is one version")
                .isEqualTo(written - 1L);
    }

    @Test
    void a_wrong_value_is_a_400_that_names_the_field() throws IOException {
        String family = familyOnABudget();
        String[][] cases = {
                {family.replace("\"budget\"", "\"cheap\""), "persona.budgetTier"},
                {family.replace("\"temperate\"", "\"arctic\""), "preferences.preferredClimate"},
                {family.replace("4.2", "6"), "travelHistory.averageRating"},
                {family.replace("\"de\"", "\"german\""), "preferences.languagePreferences[1]"},
                {family.replace("\"min\": 1500", "\"min\": 5000"), "preferences.budgetRange.max"},
                {family.replace("\"tripCount\": 3", "\"tripCount\": \"many\""), "travelHistory.tripCount"},
                {family.replace("\"prioritySafety\": true", "\"prioritySafety\": \"very\""), "preferences.prioritySafety"},
                {"{\"userId\": \"someone-else\"}", "userId"}};
        for (String[] c : cases) {
            JsonHttp.Reply reply = put(newUser(), c[0], null);
            assertThat(reply.status()).as(c[1] + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.as(mapper, ErrorResponse.class).error().details()).as(reply.body()).containsEntry("field", c[1]);
        }
    }

    @Test
    void writing_a_profile_recalculates_that_travellers_scores() throws IOException {
        String user = newUser();
        String request = """
                {"destinationId":"AT","userId":"%s","travelDates":{"startDate":"2027-07-01","endDate":"2027-07-10"}}"""
                .formatted(user);
        ConfidenceScoreResponse general = http().post("/api/confidence/calculate", request).as(mapper, ConfidenceScoreResponse.class);
        assertThat(general.personalized()).isFalse();

        put(user, familyOnABudget(), null);
        ConfidenceScoreResponse personal = http().post("/api/confidence/calculate", request).as(mapper, ConfidenceScoreResponse.class);

        assertThat(personal.personalized()).isTrue();
        assertThat(personal.decisionId()).isNotEqualTo(general.decisionId());
        assertThat(personal.firedRules()).contains("Preference: been here before");
    }

    @Test
    void property_18_preference_profile_structure_validity() {
        // Feature: confidence-driven-travel-engine, Property 18: Preference Profile Structure Validity
        qt().withExamples(100).withShrinkCycles(20)
                .forAll(arbitrary().pick(Arrays.asList(null, "budget", "mid-range", "luxury")),
                        arbitrary().pick(Arrays.asList(null, "tropical", "temperate", "cold", "any")),
                        integers().between(0, 14), booleans().all())
                .checkAssert((tier, climate, surveys, safetyFirst) -> {
                    String user = newUser();
                    TravelerProfile profile = new TravelerProfile(null, new Persona(tier, "couple", null),
                            new Preferences(safetyFirst, climate, List.of("en"), null, new BudgetRange(100, 900, "USD")),
                            new TravelHistory(surveys, List.of("FR"), 3.5), null, null, null);
                    assertThat(put(user, PreferenceFixtures.json(mapper, profile), null).status()).isEqualTo(201);
                    for (int i = 0; i < surveys; i++) {
                        http().post("/api/preferences/submit-feedback", PreferenceFixtures.json(mapper, PreferenceFixtures
                                .aSurvey(user, "trip-" + i, "FR", NOW.minus(Duration.ofDays(i + 1)), 4, i % 5 + 1, 3, 2, 4)));
                    }

                    JsonHttp.Reply reply = http().get("/api/profiles/" + user);

                    assertThat(reply.status()).isEqualTo(200);
                    JsonNode stored = tree(reply.body());
                    assertThat(stored.get("userId").getStringValue()).isEqualTo(user);
                    assertThat(Instant.parse(stored.get("createdAt").getStringValue())).isEqualTo(NOW);
                    assertThat(Instant.parse(stored.get("updatedAt").getStringValue())).isEqualTo(NOW);
                    JsonNode preference = stored.get("preferenceWeights");
                    assertThat(preference).as(reply.body()).isNotNull();
                    assertThat(preference.get("userId").getStringValue()).isEqualTo(user);
                    JsonNode weights = preference.get("weights");
                    double sum = 0;
                    for (String factor : List.of("safetyIndex", "weatherStability", "transportAccessibility",
                            "languageCompatibility", "healthEmergency", "budgetMatch", "crowdDensity")) {
                        assertThat(weights.get(factor)).as(factor).isNotNull();
                        assertThat(weights.get(factor).isNumber()).as(factor).isTrue();
                        assertThat(weights.get(factor).getDoubleValue()).as(factor).isBetween(0.0, 1.0);
                        sum += weights.get(factor).getDoubleValue();
                    }
                    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
                    double confidence = preference.get("confidence").getDoubleValue();
                    assertThat(confidence).isBetween(0.0, 1.0);
                    assertThat(confidence > 0).as("learned from %s surveys", surveys).isEqualTo(surveys >= 10);
                    assertThat(Instant.parse(preference.get("lastUpdated").getStringValue())).isNotNull();
                });
    }

    private JsonNode tree(String body) {
        try {
            return mapper.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
