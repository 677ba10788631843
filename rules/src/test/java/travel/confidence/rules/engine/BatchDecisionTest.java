package travel.confidence.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Measurement;
import travel.confidence.rules.model.Provenance;
import travel.confidence.rules.model.Trip;
import travel.confidence.rules.ruleset.BundledRuleSet;

/** Many decisions in one session run come out exactly as they do one by one: their facts never meet. */
class BatchDecisionTest {

    private static final CompiledRuleSet RULES = new RuleSetCompiler().compile(BundledRuleSet.load(), "bundled");
    private static final Provenance SOURCE = new Provenance("test", "2024");
    private static final Trip JULY = new Trip(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 14), LocalDate.of(2027, 1, 1));

    /** Every indicator with a value drawn across (and beyond) the ranges its table covers. */
    private static Gen<List<Measurement>> measurements() {
        return lists().of(doubles().between(0, 1)).ofSize(Indicator.values().length).map(fractions -> {
            List<Measurement> list = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                double f = fractions.get(indicator.ordinal());
                double value = switch (indicator) {
                    case ADVISORY_MAX_LEVEL, ADVISORY_MEAN_LEVEL -> 1 + 3 * f;
                    case TRAVEL_MEAN_TEMP_C -> -30 + 70 * f;
                    case TRAVEL_TEMP_SD_C -> 4 * f;
                    case TRAVEL_PRECIP_MM -> 600 * f;
                    case LPI_INFRASTRUCTURE -> 1 + 4 * f;
                    case INTERNATIONAL_INBOUND_ROUTES -> Math.round(2000 * f * f);
                    case TRAVELLER_LANGUAGE_SPEAKERS_PCT, LEARNED_AFFINITY -> 100 * f;
                    case OFFICIAL_LANGUAGE_MATCH, VISITED_BEFORE -> f < 0.5 ? 0 : 1;
                    case PHYSICIANS_PER_1000 -> 8 * f;
                    case HOSPITAL_BEDS_PER_1000 -> 14 * f;
                    case LIFE_EXPECTANCY_YEARS -> 50 + 37 * f;
                    case PRICE_LEVEL_RATIO -> 0.1 + 1.2 * f;
                    case ARRIVALS_PER_RESIDENT -> 30 * f * f;
                    case TRIP_COUNT, SUBREGION_VISITS -> Math.round(15 * f);
                };
                list.add(new Measurement(indicator, value, SOURCE));
            }
            return list;
        });
    }

    private static Gen<DecisionInput> inputs() {
        return measurements().zip(Generators.traveller(), Generators.learnedWeights(),
                (m, traveller, learned) -> new DecisionInput("D" + m.hashCode(), traveller, JULY, m, null, null,
                        m.get(0).value() > 2.5 ? learned : null, null));
    }

    @Test
    void a_batch_decides_exactly_as_one_by_one() {
        qt().withExamples(100)
                .forAll(lists().of(inputs()).ofSizeBetween(1, 12))
                .checkAssert(batch -> {
                    List<Decision> together = RULES.decideAll(batch);
                    for (int i = 0; i < batch.size(); i++) {
                        Decision alone = RULES.decide(batch.get(i));
                        assertThat(together.get(i).score()).isEqualTo(alone.score());
                        assertThat(together.get(i).exactScore()).isEqualTo(alone.exactScore());
                        assertThat(together.get(i).badge()).isEqualTo(alone.badge());
                        assertThat(together.get(i).firedRules()).isEqualTo(alone.firedRules());
                        assertThat(together.get(i).factors()).usingRecursiveFieldByFieldElementComparator()
                                .isEqualTo(alone.factors());
                    }
                });
    }
}
