package travel.confidence.service.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.api.recommend.BestMonthsResponse;
import travel.confidence.api.recommend.MonthScore;
import travel.confidence.api.recommend.Recommendation;
import travel.confidence.api.recommend.RecommendationResponse;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

@MicronautTest(environments = "fixed-clock", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationEndpointTest implements TestPropertyProvider {

    private static final String FAMILY_ON_A_BUDGET = """
            {"persona":{"budgetTier":"budget","travelStyle":"family","experienceLevel":"novice"},
             "preferences":{"prioritySafety":false,"preferredClimate":"tropical","languagePreferences":["en"]}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DestinationCatalogue catalogue;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    private RecommendationResponse recommend(String body) {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/recommendations", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, RecommendationResponse.class);
    }

    private static String request(String profile, String filters, Integer limit) {
        return """
                {"userId":"rec-user","travelDates":{"startDate":"2027-07-01","endDate":"2027-07-14"}%s%s%s}"""
                .formatted(profile == null ? "" : ",\"userProfile\":" + profile,
                        filters == null ? "" : ",\"filters\":" + filters,
                        limit == null ? "" : ",\"limit\":" + limit);
    }

    @Test
    void ranks_well_covered_destinations_with_reasons_and_a_match_equal_to_the_card_score() {
        RecommendationResponse response = recommend(request(FAMILY_ON_A_BUDGET, null, 5));

        assertThat(response.recommendations()).hasSize(5);
        assertThat(response.considered()).isGreaterThan(150).isLessThan(catalogue.size());
        assertThat(response.personalized()).isTrue();
        Recommendation first = response.recommendations().get(0);
        assertThat(first.reasonsFor()).isNotEmpty();
        assertThat(first.score()).isEqualTo(Math.round(first.matchPercentage() * 10) / 10.0);

        JsonHttp.Reply card = new JsonHttp(server).post("/api/confidence/calculate", """
                {"destinationId":"%s","userId":"rec-user","travelDates":{"startDate":"2027-07-01","endDate":"2027-07-14"},
                 "userProfile":%s}""".formatted(first.destinationId(), FAMILY_ON_A_BUDGET));
        assertThat(card.as(json, ConfidenceScoreResponse.class).score()).isEqualTo(first.score());
    }

    @Test
    void the_same_request_gives_the_same_order() {
        String body = request(null, "{\"region\":\"Europe\"}", 40);
        List<String> first = recommend(body).recommendations().stream().map(Recommendation::destinationId).toList();
        List<String> second = recommend(body).recommendations().stream().map(Recommendation::destinationId).toList();
        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(id -> assertThat(catalogue.find(id).orElseThrow().region()).isEqualTo("Europe"));
    }

    @Test
    void a_budget_filter_keeps_only_places_the_rules_call_affordable() {
        RecommendationResponse response = recommend(request(null, "{\"budgetTier\":\"budget\"}", 300));
        List<String> ids = response.recommendations().stream().map(Recommendation::destinationId).toList();
        assertThat(ids).contains("VN", "IN").doesNotContain("CH", "NO", "US");
    }

    @Test
    void a_climate_filter_keeps_only_places_with_that_climate_in_the_travel_months() {
        List<String> tropical = recommend(request(null, "{\"climate\":\"tropical\"}", 300)).recommendations().stream()
                .map(Recommendation::destinationId).toList();
        assertThat(tropical).contains("TH", "EG").doesNotContain("IS", "NO", "NZ");
    }

    @Test
    void sparse_destinations_are_left_out_unless_asked_for() {
        int usual = recommend(request(null, null, 300)).considered();
        int all = recommend("""
                {"userId":"rec-user","travelDates":{"startDate":"2027-07-01","endDate":"2027-07-14"},"includeSparse":true}""")
                .considered();
        assertThat(all).isEqualTo(catalogue.size());
        assertThat(usual).isLessThan(all);
    }

    @Test
    void an_unknown_destination_in_the_filter_is_a_400_naming_it() {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/recommendations",
                request(null, "{\"destinationIds\":[\"JP\",\"QQ\"]}", null));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.as(json, ErrorResponse.class).error().details()).containsEntry("field", "filters.destinationIds[1]");
    }

    @Test
    void the_best_months_of_a_seasonal_place_follow_its_weather() {
        JsonHttp.Reply reply = new JsonHttp(server).post("/api/confidence/best-months", """
                {"destinationId":"IS","userId":"season-user","userProfile":{"preferences":{"prioritySafety":false,
                 "preferredClimate":"temperate"}}}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        BestMonthsResponse response = reply.as(json, BestMonthsResponse.class);

        assertThat(response.months()).hasSize(12).extracting(MonthScore::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(response.driver()).isEqualTo("weatherStability");
        double july = response.months().get(6).score();
        double january = response.months().get(0).score();
        assertThat(july).isGreaterThan(january);
        assertThat(response.bestMonths()).contains("July");
        assertThat(response.summary()).contains("Weather Stability");
    }
}
