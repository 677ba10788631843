package travel.confidence.service.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.data.profile.ProfileRepository;
import travel.confidence.data.profile.StoredProfile;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreEndpointTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ProfileRepository profiles;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private JsonHttp http() {
        return new JsonHttp(server);
    }

    private ConfidenceScoreResponse calculate(String body) {
        JsonHttp.Reply reply = http().post("/api/confidence/calculate", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, ConfidenceScoreResponse.class);
    }

    private ErrorResponse error(String path, String body, int status) {
        JsonHttp.Reply reply = http().post(path, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply.as(json, ErrorResponse.class);
    }

    private static String request(String destination, String user, String start, String end) {
        return """
                {"destinationId":"%s","userId":"%s","travelDates":{"startDate":"%s","endDate":"%s"}}"""
                .formatted(destination, user, start, end);
    }

    @Test
    void an_unknown_user_gets_a_general_score_with_an_auditable_breakdown() {
        ConfidenceScoreResponse response = calculate(request("JP", "nobody-knows-me", "2027-01-05", "2027-01-14"));

        assertThat(response.destinationId()).isEqualTo("JP");
        assertThat(response.personalized()).isFalse();
        assertThat(response.profileType()).isEqualTo("general");
        assertThat(response.ruleVersion()).isEqualTo("v1");
        assertThat(response.breakdown()).hasSize(8);
        double sum = response.breakdown().stream().mapToDouble(FactorBreakdown::contribution).sum();
        assertThat(Math.round(sum * 10)).isEqualTo(Math.round(response.baseScore() * 10));
        FactorBreakdown health = response.breakdown().stream()
                .filter(f -> f.factorName().equals("healthEmergency")).findFirst().orElseThrow();
        assertThat(health.evidence()).anySatisfy(e -> {
            assertThat(e.indicator()).isEqualTo("physiciansPer1000");
            assertThat(e.source()).isEqualTo("World Bank WDI SH.MED.PHYS.ZS");
            assertThat(e.asOf()).isEqualTo("2020");
        });
        assertThat(health.explanation()).contains("World Bank WDI SH.MED.PHYS.ZS, 2020");
        assertThat(response.badge()).isIn("Low", "Moderate", "High", "Excellent");
        assertThat(response.explanation()).startsWith("Japan: " + response.badge() + " confidence");
        assertThat(response.ttl()).isEqualTo(6 * 3600);
        assertThat(Instant.parse(response.calculatedAt())).isNotNull();
    }

    @Test
    void empty_lists_of_the_seed_contract_are_sent_as_empty_arrays() {
        JsonHttp.Reply reply = http().post("/api/confidence/calculate", request("JP", "arrays", "2027-01-05", "2027-01-14"));
        assertThat(reply.body()).contains("\"adjustments\":[]", "\"alerts\":[]");
    }

    @Test
    void a_profile_in_the_request_personalises_the_score() {
        String withProfile = """
                {"destinationId":"JP","userId":"family-1","travelDates":{"startDate":"2027-01-05","endDate":"2027-01-14"},
                 "userProfile":{"persona":{"budgetTier":"budget","travelStyle":"family","experienceLevel":"novice"},
                                "preferences":{"prioritySafety":true,"preferredClimate":"tropical","languagePreferences":["en"],
                                               "mobilityRequirements":"none"}}}""";
        ConfidenceScoreResponse personal = calculate(withProfile);
        ConfidenceScoreResponse general = calculate(request("JP", "family-2", "2027-01-05", "2027-01-14"));

        assertThat(personal.personalized()).isTrue();
        assertThat(personal.profileType()).isEqualTo("personalized");
        double safetyWeight = personal.breakdown().stream().filter(f -> f.factorName().equals("safetyIndex"))
                .findFirst().orElseThrow().weight();
        assertThat(safetyWeight).isGreaterThan(0.3);
        assertThat(personal.score()).isNotEqualTo(general.score());
        assertThat(personal.firedRules()).contains("Weigh safety, health and crowds up for families");
    }

    @Test
    void a_stored_profile_personalises_the_score() {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        profiles.save(new StoredProfile("stored-solo", "luxury", "solo", "experienced", false, "temperate", "none",
                "en,fr", null, null, null, 12, "FR,BE", 4.5, now, now, null));
        assertThat(profiles.findById("stored-solo")).as("stored profile").isPresent();

        ConfidenceScoreResponse response = calculate(request("DE", "stored-solo", "2027-01-05", "2027-01-11"));

        assertThat(response.personalized()).as(response.toString()).isTrue();
        assertThat(response.firedRules()).contains("Weigh safety and language up for solo travellers",
                "Weigh budget down for luxury travellers", "Preference: a familiar part of the world");
    }

    @Test
    void missing_data_falls_back_to_neutral_with_a_listed_penalty() {
        ConfidenceScoreResponse response = calculate(request("VA", "anyone", "2027-01-05", "2027-01-07"));

        assertThat(response.fallbackUsed()).isTrue();
        assertThat(response.warnings()).anySatisfy(w -> assertThat(w).startsWith("No data for"));
        ContextAdjustment penalty = response.adjustments().get(0);
        assertThat(penalty.factor()).isEqualTo("dataCompleteness");
        assertThat(penalty.originalValue()).isEqualTo(response.baseScore());
        assertThat(penalty.adjustedValue()).isEqualTo(Math.max(0, Math.round((response.baseScore() - 10) * 10) / 10.0));
        assertThat(response.score()).isEqualTo(penalty.adjustedValue());
        assertThat(response.breakdown()).filteredOn(FactorBreakdown::fallbackUsed)
                .allSatisfy(f -> assertThat(f.score()).isEqualTo(50.0));
    }

    @Test
    void the_same_request_is_served_from_the_cache() {
        ConfidenceScoreResponse first = calculate(request("PT", "cache-user", "2027-01-05", "2027-01-13"));
        ConfidenceScoreResponse second = calculate(request("PT", "cache-user", "2027-01-05", "2027-01-13"));

        assertThat(second.decisionId()).isEqualTo(first.decisionId());
        assertThat(second.ttl()).isLessThanOrEqualTo(first.ttl());
    }

    @Test
    void bad_input_is_a_400_that_names_the_field() {
        assertThat(error("/api/confidence/calculate",
                "{\"userId\":\"u\",\"travelDates\":{\"startDate\":\"2027-01-01\",\"endDate\":\"2027-01-02\"}}", 400)
                .error().details()).containsEntry("field", "destinationId");
        assertThat(error("/api/confidence/calculate", request("JP", "u", "2027-01-05", "2027-01-02"), 400)
                .error().details()).containsEntry("field", "travelDates.endDate");
        ErrorResponse badDate = error("/api/confidence/calculate", request("JP", "u", "next tuesday", "2027-01-02"), 400);
        assertThat(badDate.error().code()).isEqualTo("VALIDATION_FAILED");
        assertThat(badDate.error().details()).containsEntry("field", "travelDates.startDate");
        assertThat(error("/api/confidence/calculate", """
                {"destinationId":"JP","userId":"u","travelDates":{"startDate":"2027-01-01","endDate":"2027-01-02"},
                 "userProfile":{"persona":{"budgetTier":"cheap"}}}""", 400).error().details())
                .containsEntry("field", "userProfile.persona.budgetTier");
        ErrorResponse malformed = error("/api/confidence/calculate", "{\"destinationId\":", 400);
        assertThat(malformed.error().code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(malformed.error().retryable()).isFalse();
        ErrorResponse unknown = error("/api/confidence/calculate", request("ZZ", "u", "2027-01-01", "2027-01-02"), 404);
        assertThat(unknown.error().code()).isEqualTo("DESTINATION_NOT_FOUND");
        assertThat(unknown.error().details()).containsEntry("field", "destinationId");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_not_a_500() {
        JsonHttp.Reply reply = http().post("/api/confidence/calculate",
                "{\"destinationId\":\"JP\",\"userId\":\"u\",\"travelDates\":5}");
        assertThat(reply.status()).isEqualTo(400);
        ErrorResponse error = reply.as(json, ErrorResponse.class);
        assertThat(error.error().message()).doesNotContain("java.", "Exception");
    }

    @Test
    void a_preview_scores_given_factors_through_the_same_rules() {
        JsonHttp.Reply reply = http().post("/api/confidence/preview", """
                {"factors":{"safetyIndex":90,"weatherStability":70,"transportAccessibility":80,"languageCompatibility":60,
                            "healthEmergency":85,"budgetMatch":55,"crowdDensity":75,"preferenceAlignment":50}}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        ConfidenceScoreResponse response = reply.as(json, ConfidenceScoreResponse.class);

        // 90*.2 + 70*.1 + 80*.15 + 60*.1 + 85*.15 + 55*.1 + 75*.1 + 50*.1 = 73.75 -> 73.8
        assertThat(response.score()).isEqualTo(73.8);
        assertThat(response.badge()).isEqualTo("High");
        double sum = response.breakdown().stream().mapToDouble(FactorBreakdown::contribution).sum();
        assertThat(Math.round(sum * 10)).isEqualTo(738);
    }

    @Test
    void a_preview_with_missing_factors_or_bad_weights_names_the_field() {
        ErrorResponse missing = error("/api/confidence/preview", "{\"factors\":{\"safetyIndex\":90}}", 400);
        assertThat(missing.error().details()).containsEntry("field", "factors.weatherStability");
        assertThat(missing.error().details().get("errors").toString()).contains("factors.budgetMatch");
        assertThat(error("/api/confidence/preview", """
                {"factors":{"safetyIndex":90,"weatherStability":70,"transportAccessibility":80,"languageCompatibility":60,
                            "healthEmergency":85,"budgetMatch":55,"crowdDensity":75,"preferenceAlignment":50},
                 "weights":{"safetyIndex":0.5,"weatherStability":0.5,"transportAccessibility":0.5,"languageCompatibility":0,
                            "healthEmergency":0,"budgetMatch":0,"crowdDensity":0,"preferenceAlignment":0}}""", 400)
                .error().details()).containsEntry("field", "weights");
    }
}
