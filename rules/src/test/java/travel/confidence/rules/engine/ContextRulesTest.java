package travel.confidence.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import travel.confidence.rules.model.ContextSignal;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.ScoreAdjustment;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.ruleset.BundledRuleSet;

/** Every row of the context table, with the exact reason a traveller reads when it fires. */
class ContextRulesTest {

    private static final CompiledRuleSet RULES = new RuleSetCompiler(2).compile(BundledRuleSet.load(), "bundled");

    private static Decision decide(double base, List<ContextSignal> signals) {
        EnumMap<Factor, Double> given = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            given.put(factor, base);
        }
        return RULES.decide(new DecisionInput("TEST", Traveller.anonymous(), null, List.of(), given, null, null,
                List.copyOf(signals)));
    }

    private static Arguments row(String rule, String kind, String subject, String level, double value, String factor,
                                 double points, String reason) {
        return Arguments.of(rule, new ContextSignal(kind, subject, level, value, "", "test", "-"), factor, points, reason);
    }

    static Stream<Arguments> rows() {
        String days = ContextSignal.DAYS_TO_DEPARTURE;
        String alerts = ContextSignal.ACTIVE_ALERTS;
        String weather = ContextSignal.SEVERE_WEATHER_DAYS;
        String holidays = ContextSignal.PUBLIC_HOLIDAYS;
        String distance = ContextSignal.ALERT_DISTANCE_KM;
        return Stream.of(
                row("Context: departure within three days", days, "", "", 2, "bookingTiming", -3,
                        "Departure is only days away: flights and rooms are scarce and there is little time to prepare"),
                row("Context: departure within two weeks", days, "", "", 10, "bookingTiming", -1.5,
                        "Departure is less than two weeks away, which leaves little time to prepare"),
                row("Context: departure over nine months away", days, "", "", 300, "bookingTiming", -1,
                        "Departure is more than nine months away, so conditions may change before you go"),
                row("Context: departure over a year away", days, "", "", 400, "bookingTiming", -2,
                        "Departure is more than a year away, so conditions may well change before you go"),
                row("Context: critical geopolitical alert", alerts, "geopolitical", "critical", 1, "geopoliticalAlert", -25,
                        "A critical geopolitical alert is in force for this destination: travel may be impossible or unsafe"),
                row("Context: serious geopolitical alert", alerts, "geopolitical", "high", 1, "geopoliticalAlert", -15,
                        "A serious geopolitical alert is in force for this destination"),
                row("Context: geopolitical alert", alerts, "geopolitical", "medium", 1, "geopoliticalAlert", -8,
                        "A geopolitical alert is in force for this destination"),
                row("Context: minor geopolitical alert", alerts, "geopolitical", "low", 1, "geopoliticalAlert", -3,
                        "A minor geopolitical alert is in force for this destination"),
                row("Context: critical safety alert", alerts, "safety", "critical", 1, "safetyAlert", -25,
                        "A critical safety alert is in force for this destination: travel may be unsafe"),
                row("Context: serious safety alert", alerts, "safety", "high", 3, "safetyAlert", -15,
                        "A serious safety alert is in force for this destination"),
                row("Context: safety alert", alerts, "safety", "medium", 1, "safetyAlert", -8,
                        "A safety alert is in force for this destination"),
                row("Context: minor safety alert", alerts, "safety", "low", 1, "safetyAlert", -3,
                        "A minor safety alert is in force for this destination"),
                row("Context: critical health alert", alerts, "health", "critical", 1, "healthAlert", -20,
                        "A critical health alert is in force for this destination: care may be hard to get"),
                row("Context: serious health alert", alerts, "health", "high", 1, "healthAlert", -12,
                        "A serious health alert is in force for this destination"),
                row("Context: health alert", alerts, "health", "medium", 1, "healthAlert", -6,
                        "A health alert is in force for this destination"),
                row("Context: minor health alert", alerts, "health", "low", 1, "healthAlert", -2,
                        "A minor health alert is in force for this destination"),
                row("Context: critical weather warning", alerts, "weather", "critical", 1, "weatherAlert", -15,
                        "A critical weather warning is in force for this destination"),
                row("Context: serious weather warning", alerts, "weather", "high", 1, "weatherAlert", -10,
                        "A severe weather warning is in force for this destination"),
                row("Context: weather warning", alerts, "weather", "medium", 1, "weatherAlert", -5,
                        "A weather warning is in force for this destination"),
                row("Context: minor weather warning", alerts, "weather", "low", 1, "weatherAlert", -2,
                        "A minor weather warning is in force for this destination"),
                row("Context: severe weather on one day", weather, "", "", 1, "severeWeather", -4,
                        "Severe weather is forecast on one day of your trip"),
                row("Context: severe weather on several days", weather, "", "", 2, "severeWeather", -8,
                        "Severe weather is forecast on several days of your trip"),
                row("Context: severe weather on many days", weather, "", "", 5, "severeWeather", -12,
                        "Severe weather is forecast on much of your trip"),
                row("Context: a public holiday in the trip", holidays, "", "", 1, "crowdSurge", -2,
                        "A public holiday falls in your trip: expect busier transport and sights and higher prices"),
                row("Context: public holidays in the trip", holidays, "", "", 3, "crowdSurge", -3,
                        "Public holidays fall in your trip: expect busier transport and sights and higher prices"),
                row("Context: many public holidays in the trip", holidays, "", "", 4, "crowdSurge", -5,
                        "Several public holidays fall in your trip: expect crowds and full trains and hotels"),
                row("Context: inside a serious alert's area", distance, "geopolitical", "critical", 0, "alertProximity", -8,
                        "You are inside the area of a serious alert"),
                row("Context: near a serious alert's area", distance, "weather", "high", 12.5, "alertProximity", -5,
                        "You are within 50 km of the area of a serious alert"),
                row("Context: in reach of a serious alert's area", distance, "safety", "high", 120, "alertProximity", -2,
                        "You are within 200 km of the area of a serious alert"),
                row("Context: inside an alert's area", distance, "health", "medium", 0.4, "alertProximity", -3,
                        "You are inside the area of an alert"),
                row("Context: near an alert's area", distance, "weather", "low", 49.9, "alertProximity", -1.5,
                        "You are within 50 km of the area of an alert"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_context_rule_lowers_the_score_with_its_reason(String rule, ContextSignal signal, String factor,
                                                            double points, String reason) {
        Decision decision = decide(70, List.of(signal));

        assertThat(decision.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(rule);
            assertThat(a.factor()).isEqualTo(factor);
            assertThat(a.reason()).isEqualTo(reason);
            assertThat(a.originalValue()).isEqualTo(70.0);
            assertThat(a.adjustedValue()).isEqualTo(70 + points);
        });
        assertThat(decision.baseScore()).isEqualTo(70.0);
        assertThat(decision.score()).isEqualTo(70 + points);
        assertThat(decision.firedRules()).contains(rule);
    }

    @Test
    void every_row_of_the_context_table_has_a_reason_test() throws IOException {
        String table = RULES.source().decisionTables().get("tables/context.drl.csv");
        Set<String> rows = new TreeSet<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(table))) {
            if (record.get(0).startsWith("Context: ")) {
                rows.add(record.get(0));
            }
        }
        Set<String> tested = rows().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));

        assertThat(tested).isEqualTo(rows);
    }

    @Test
    void the_signal_details_follow_the_reason() {
        ContextSignal holidays = ContextSignal.of(ContextSignal.PUBLIC_HOLIDAYS, 2,
                "Constitution Memorial Day on 3 May; Greenery Day on 4 May", "holidays", "2026");

        ScoreAdjustment adjustment = decide(80, List.of(holidays)).adjustments().get(0);

        assertThat(adjustment.reason()).isEqualTo("Public holidays fall in your trip: expect busier transport and sights"
                + " and higher prices (Constitution Memorial Day on 3 May; Greenery Day on 4 May)");
    }

    @Test
    void signals_that_no_row_matches_leave_the_score_alone() {
        Decision decision = decide(55.5, List.of(
                ContextSignal.of(ContextSignal.DAYS_TO_DEPARTURE, 60, "", "dates", "-"),
                ContextSignal.of(ContextSignal.SEVERE_WEATHER_DAYS, 0, "", "forecast", "-"),
                new ContextSignal(ContextSignal.ALERT_DISTANCE_KM, "weather", "low", 80, "", "alerts", "-"),
                ContextSignal.of("somethingNoRowKnows", 3, "", "elsewhere", "-")));

        assertThat(decision.adjustments()).isEmpty();
        assertThat(decision.score()).isEqualTo(55.5);
    }

    @Test
    void adjustments_chain_from_the_base_and_the_score_never_drops_below_zero() {
        Decision decision = decide(30, List.of(
                new ContextSignal(ContextSignal.ACTIVE_ALERTS, "geopolitical", "critical", 1, "", "alerts", "-"),
                new ContextSignal(ContextSignal.ACTIVE_ALERTS, "health", "high", 1, "", "alerts", "-")));

        assertThat(decision.adjustments()).hasSize(2);
        ScoreAdjustment first = decision.adjustments().get(0);
        ScoreAdjustment second = decision.adjustments().get(1);
        assertThat(first.originalValue()).isEqualTo(30.0);
        assertThat(second.originalValue()).isEqualTo(first.adjustedValue());
        assertThat(decision.score()).isEqualTo(0.0);
    }
}
