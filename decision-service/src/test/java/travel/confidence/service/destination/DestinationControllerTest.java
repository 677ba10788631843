package travel.confidence.service.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The destination catalogue over HTTP, on the embedded stores in a temporary data directory with the
 * bundled open data loaded at start: JSON as a client sees it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DestinationControllerTest implements TestPropertyProvider {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @TempDir
    static Path dataDir;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("confidence.data-dir", dataDir.toString(), "micronaut.server.port", "-1");
    }

    @Test
    void the_list_holds_every_un_member_state_of_the_open_data() {
        Map<String, Object> page = get("/api/destinations?size=500");

        List<Map<String, Object>> items = items(page);
        assertThat(items).hasSize(number(page, "total"));
        assertThat(items.stream().filter(item -> Boolean.TRUE.equals(item.get("unMember"))).count())
                .isGreaterThanOrEqualTo(190);
        assertThat(items).extracting(item -> item.get("id")).contains("JP", "DE", "FR", "BR", "NG", "NZ", "XK");
        assertThat(items).filteredOn(item -> "JP".equals(item.get("id"))).singleElement().satisfies(japan -> {
            assertThat(japan).containsEntry("name", "Japan").containsEntry("region", "Asia")
                    .containsEntry("subregion", "Eastern Asia").containsEntry("unMember", true);
            assertThat(number(japan, "factorsWithData")).isBetween(6, 8);
        });
    }

    @Test
    void the_list_comes_in_pages_ordered_by_id() {
        Map<String, Object> first = get("/api/destinations?page=0&size=10");
        Map<String, Object> second = get("/api/destinations?page=1&size=10");
        Map<String, Object> everything = get("/api/destinations?size=500");

        assertThat(first).containsEntry("page", 0).containsEntry("size", 10);
        assertThat(second).containsEntry("page", 1);
        assertThat(number(first, "total")).isEqualTo(number(everything, "total")).isGreaterThanOrEqualTo(190);
        List<Object> firstIds = ids(first);
        List<Object> secondIds = ids(second);
        assertThat(firstIds).hasSize(10);
        assertThat(secondIds).hasSize(10).doesNotContainAnyElementsOf(firstIds);
        assertThat(ids(everything).subList(0, 10)).containsExactlyElementsOf(firstIds);
        assertThat(ids(everything).subList(10, 20)).containsExactlyElementsOf(secondIds);
        assertThat(ids(everything)).extracting(String.class::cast).isSorted();
    }

    @Test
    void a_page_past_the_end_is_empty_but_still_counts_the_matches() {
        Map<String, Object> page = get("/api/destinations?page=100&size=50");

        assertThat(items(page)).isEmpty();
        assertThat(number(page, "total")).isGreaterThanOrEqualTo(190);
    }

    @Test
    void the_region_filter_keeps_only_that_region_in_any_letter_case() {
        Map<String, Object> oceania = get("/api/destinations?region=oceania&size=500");

        assertThat(items(oceania)).isNotEmpty().allSatisfy(item -> assertThat(item).containsEntry("region", "Oceania"));
        assertThat(ids(oceania)).contains("AU", "NZ", "FJ").doesNotContain("JP", "DE");
        assertThat(number(oceania, "total")).isEqualTo(items(oceania).size());
        Map<String, Object> europe = get("/api/destinations?region=Europe&size=500");
        assertThat(ids(europe)).contains("DE", "FR", "XK").doesNotContain("AU");
    }

    @Test
    void one_destination_has_its_raw_indicators_each_with_source_and_as_of() {
        Map<String, Object> japan = get("/api/destinations/JP");

        assertThat(japan).containsEntry("id", "JP").containsEntry("iso3", "JPN").containsEntry("name", "Japan");
        Map<String, Object> indicators = map(japan, "indicators");
        assertThat(map(indicators, "physiciansPer1000")).containsEntry("value", 2.614)
                .containsEntry("source", "World Bank WDI SH.MED.PHYS.ZS").containsEntry("asOf", "2020");
        assertThat(map(indicators, "advisoryMaxLevel")).containsEntry("value", 1.0).containsEntry("asOf", "2026-08-17");
        assertThat(indicators.keySet()).allSatisfy(key -> assertThat(map(indicators, key))
                .containsKeys("value", "source", "asOf"));
        assertThat((List<?>) japan.get("advisories")).hasSize(3);
        assertThat((List<?>) japan.get("climate")).hasSize(12);
        assertThat(map(japan, "capital")).containsEntry("name", "Tokyo");
    }

    @Test
    void ids_are_looked_up_in_any_letter_case() {
        assertThat(get("/api/destinations/de")).containsEntry("id", "DE").containsEntry("name", "Germany");
    }

    @Test
    void a_value_the_sources_lack_is_absent_not_zero() {
        Map<String, Object> kosovo = get("/api/destinations/XK");

        assertThat(map(kosovo, "indicators")).doesNotContainKey("physiciansPer1000")
                .containsKey("lifeExpectancyYears");
    }

    @Test
    void an_unknown_destination_is_a_404_in_the_seed_error_shape() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/destinations/ZZ"), JSON, JSON));

        assertThat(e.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        Map<String, Object> error = map(e.getResponse().getBody(JSON).orElseThrow(), "error");
        assertThat(error).containsEntry("code", "DESTINATION_NOT_FOUND")
                .containsEntry("fallbackUsed", false)
                .containsEntry("retryable", false);
        assertThat((String) error.get("message")).contains("ZZ");
        assertThat(map(error, "details")).containsEntry("field", "destinationId").containsEntry("value", "ZZ");
    }

    @Test
    void a_page_size_out_of_range_is_a_400_naming_the_parameter() {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/destinations?size=0"), JSON, JSON));

        assertThat(e.code()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<String, Object> error = map(e.getResponse().getBody(JSON).orElseThrow(), "error");
        assertThat(error).containsEntry("code", "VALIDATION_FAILED")
                .containsEntry("fallbackUsed", false)
                .containsEntry("retryable", false);
        assertThat(map(error, "details")).containsEntry("field", "size");
    }

    private Map<String, Object> get(String path) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(HttpRequest.GET(path), JSON);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> json, String key) {
        assertThat(json).containsKey(key);
        return (Map<String, Object>) json.get(key);
    }

    private static int number(Map<String, Object> json, String key) {
        return ((Number) json.get(key)).intValue();
    }
}
