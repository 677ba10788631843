package travel.confidence.service.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.service.support.JsonHttp;
import travel.confidence.service.support.TemporaryDataDir;

/**
 * After a few requests of every kind, one scrape of /prometheus holds every meter the operations README lists,
 * with values that follow from those requests; and every metric the example alerting rules name is in it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusMetricsTest implements TestPropertyProvider {

    static final Path ALERT_RULES = Path.of("..", "ops", "prometheus", "alerts.yml");

    @Inject
    EmbeddedServer server;
    @Inject
    PeriodicReadings readings;

    @Inject
    JsonMapper mapper;

    private Scrape scrape;
    private ConfidenceScoreResponse sparse;

    @Override
    public Map<String, String> getProperties() {
        return TemporaryDataDir.properties();
    }

    @BeforeAll
    void exerciseTheServiceThenScrape() {
        JsonHttp http = new JsonHttp(server);
        String calculate = """
                {"destinationId": "%s", "userId": "metrics-1", "travelDates": {"startDate": "2027-03-10", "endDate": "2027-03-20"}}""";
        assertThat(http.post("/api/confidence/calculate", calculate.formatted("JP")).status()).isEqualTo(200);
        assertThat(http.post("/api/confidence/calculate", calculate.formatted("JP")).status()).isEqualTo(200);
        // Wallis and Futuna lacks open data for some factors: the decision falls back to neutral values for them.
        sparse = http.post("/api/confidence/calculate", calculate.formatted("WF")).as(mapper, ConfidenceScoreResponse.class);
        assertThat(sparse.fallbackUsed()).isTrue();
        assertThat(http.post("/api/confidence/calculate", "{\"destinationId\": 7}").status()).isEqualTo(400);
        assertThat(http.post("/api/confidence/adjust-context", """
                {"destinationId": "JP", "baseScore": 70, "travelDates": {"startDate": "2027-03-10", "endDate": "2027-03-20"}}""")
                .status()).isEqualTo(200);
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(http.post("/api/preferences/track-implicit", """
                {"userId": "metrics-1", "eventType": "view", "destinationId": "JP", "timestamp": "%s"}""".formatted(tomorrow))
                .status()).isEqualTo(202);
        assertThat(JsonHttp.asAdmin(server).post("/api/admin/preferences/learn", "{}").status()).isEqualTo(200);
        readings.refresh();

        JsonHttp.Reply reply = http.get("/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        scrape = Scrape.parse(reply.body());
    }

    @Test
    void request_rate_latency_and_errors_per_endpoint() {
        assertThat(scrape.sum("http_server_requests_seconds_count",
                Map.of("uri", "/api/confidence/calculate", "status", "200"))).isEqualTo(3);
        assertThat(scrape.sum("http_server_requests_seconds_count",
                Map.of("uri", "/api/confidence/calculate", "status", "400"))).isEqualTo(1);
        assertThat(scrape.sum("http_server_requests_seconds_bucket",
                Map.of("uri", "/api/confidence/calculate", "status", "200", "le", "+Inf"))).isEqualTo(3);
        assertThat(scrape.sum("http_server_requests_seconds_bucket",
                Map.of("uri", "/api/confidence/calculate", "le", "0.5"))).isPositive();
        assertThat(scrape.sum("confidence_http_errors_total", Map.of("status", "400"))).isEqualTo(1);
    }

    @Test
    void cache_hits_and_misses() {
        assertThat(scrape.sum("confidence_score_cache_hits_total", Map.of())).isEqualTo(1);
        assertThat(scrape.sum("confidence_score_cache_misses_total", Map.of())).isEqualTo(2);
        assertThat(scrape.sum("confidence_score_cache_size", Map.of())).isEqualTo(2);
    }

    @Test
    void decisions_and_fallback_use_per_factor() {
        assertThat(scrape.sum("confidence_decisions_total", Map.of("outcome", "full"))).isEqualTo(2);
        assertThat(scrape.sum("confidence_decisions_total", Map.of("outcome", "preliminary"))).isZero();
        assertThat(scrape.sum("confidence_decisions_with_fallback_total", Map.of())).isEqualTo(1);
        Set<String> withoutData = new TreeSet<>();
        sparse.breakdown().stream().filter(FactorBreakdown::fallbackUsed).forEach(f -> withoutData.add(f.factorName()));
        assertThat(withoutData).isNotEmpty();
        assertThat(scrape.labelValues("confidence_factor_fallbacks_total", "factor")).isEqualTo(withoutData);
        // Every factor has its series from the start, so a rate is defined before its first fallback.
        assertThat(scrape.samples("confidence_factor_fallbacks_total")).hasSize(8);
    }

    @Test
    void data_freshness_per_kind_of_data() {
        assertThat(scrape.labelValues("confidence_context_data_total", "kind")).contains("safety", "transport", "health");
        assertThat(scrape.sum("confidence_context_data_total", Map.of("kind", "safety"))).isGreaterThanOrEqualTo(3);
        // The bundled advisories are dated; their age is days to years, never negative.
        assertThat(scrape.sum("confidence_context_data_age_seconds", Map.of("kind", "safety", "status", "bundled")))
                .isPositive();
    }

    @Test
    void the_rule_version_live_on_this_instance() {
        assertThat(scrape.samples("confidence_rules_live")).singleElement().satisfies(sample -> {
            assertThat(sample.labels()).containsEntry("version", "v1");
            assertThat(sample.value()).isEqualTo(1);
        });
        assertThat(scrape.sum("confidence_rules_live_published_timestamp_seconds", Map.of())).isPositive();
    }

    @Test
    void learning_batch_runs_quarantine_size_and_decision_log_drops() {
        assertThat(scrape.sum("confidence_learning_runs_total", Map.of("outcome", "complete"))).isEqualTo(1);
        assertThat(scrape.sum("confidence_learning_last_success_timestamp_seconds", Map.of()))
                .isGreaterThan(Instant.now().minus(1, ChronoUnit.HOURS).getEpochSecond());
        assertThat(scrape.sum("confidence_quarantine_pending", Map.of())).isEqualTo(1);
        assertThat(scrape.samples("confidence_decision_log_dropped_total")).singleElement()
                .satisfies(sample -> assertThat(sample.value()).isZero());
    }

    @Test
    void the_seed_thresholds_for_alerting_rules() {
        assertThat(scrape.sum("confidence_alerting_error_rate_threshold", Map.of())).isEqualTo(0.05);
        assertThat(scrape.sum("confidence_alerting_fallback_rate_threshold", Map.of())).isEqualTo(0.10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_example_alert_rules_parse_and_name_only_metrics_that_a_scrape_has() throws IOException {
        Map<String, Object> file;
        try (Reader reader = Files.newBufferedReader(ALERT_RULES)) {
            file = new Yaml().load(reader);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            assertThat(group).containsKeys("name", "rules");
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        assertThat(rules).extracting(r -> r.get("alert")).contains("ConfidenceErrorRateHigh", "ConfidenceFallbackUseHigh",
                "ConfidenceLiveDataStale", "ConfidenceLearningNotRun", "ConfidenceRuleVersionsDiffer");
        Set<String> named = new TreeSet<>();
        for (Map<String, Object> rule : rules) {
            assertThat(rule).as(String.valueOf(rule.get("alert"))).containsKeys("alert", "expr", "labels", "annotations");
            assertThat((Map<String, Object>) rule.get("labels")).containsKey("severity");
            assertThat((Map<String, Object>) rule.get("annotations")).containsKey("summary");
            if (rule.containsKey("for")) {
                assertThat(String.valueOf(rule.get("for"))).matches("\\d+[smhd]");
            }
            Set<String> metrics = PromQl.metricNames(String.valueOf(rule.get("expr")));
            assertThat(metrics).as("metrics of " + rule.get("alert")).isNotEmpty();
            named.addAll(metrics);
        }
        assertThat(scrape.names()).containsAll(named);
    }

    /** The samples of one scrape in the Prometheus text format. */
    record Scrape(List<Sample> all) {

        record Sample(String name, Map<String, String> labels, double value) {
        }

        private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
        private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        static Scrape parse(String text) {
            List<Sample> samples = new ArrayList<>();
            for (String line : text.split("\n")) {
                Matcher m = LINE.matcher(line.strip());
                if (line.startsWith("#") || !m.matches()) {
                    continue;
                }
                Map<String, String> labels = new LinkedHashMap<>();
                if (m.group(3) != null) {
                    Matcher label = LABEL.matcher(m.group(3));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                }
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
            }
            return new Scrape(samples);
        }

        List<Sample> samples(String name) {
            return all.stream().filter(s -> s.name().equals(name)).toList();
        }

        double sum(String name, Map<String, String> labels) {
            List<Sample> matching = samples(name).stream()
                    .filter(s -> s.labels().entrySet().containsAll(labels.entrySet())).toList();
            assertThat(matching).as("samples of " + name + " with " + labels).isNotEmpty();
            return matching.stream().mapToDouble(Sample::value).sum();
        }

        Set<String> labelValues(String name, String label) {
            Set<String> values = new TreeSet<>();
            samples(name).stream().filter(s -> s.value() > 0).forEach(s -> values.add(s.labels().get(label)));
            return values;
        }

        Set<String> names() {
            Set<String> names = new TreeSet<>();
            all.forEach(s -> names.add(s.name()));
            return names;
        }
    }
}
