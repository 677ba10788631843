package travel.confidence.service.preference;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.MeasurementAssembler;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.rules.LiveRules;

/**
 * What each destination is like, factor by factor, in a given month: its seven learnable factor scores as the
 * live rules score them for an anonymous traveller on a week's trip starting that month, expressed in
 * standard deviations from the catalogue's average that month ("z-scores"). A factor without data counts as
 * average (0). One table per month and rule version, computed once (about 200 decisions) and kept.
 */
@Singleton
public class DestinationProfiles {

    private record TableKey(String ruleVersion, Month month, int destinations) {
    }

    private final DestinationCatalogue catalogue;
    private final LiveRules liveRules;
    private final Map<TableKey, Map<String, Map<Factor, Double>>> tables = new ConcurrentHashMap<>();

    DestinationProfiles(DestinationCatalogue catalogue, LiveRules liveRules) {
        this.catalogue = catalogue;
        this.liveRules = liveRules;
    }

    /** The destination's standardised factor profile in that month, if it is in the catalogue. */
    public Optional<Map<Factor, Double>> profile(String destinationId, Month month) {
        return catalogue.find(destinationId).map(record -> table(month).get(record.id()));
    }

    Map<String, Map<Factor, Double>> table(Month month) {
        CompiledRuleSet rules = liveRules.current();
        TableKey key = new TableKey(rules.version(), month, catalogue.size());
        Map<String, Map<Factor, Double>> table = tables.get(key);
        if (table != null) {
            return table;
        }
        tables.keySet().removeIf(old -> !old.ruleVersion().equals(key.ruleVersion()) || old.destinations() != key.destinations());
        return tables.computeIfAbsent(key, k -> compute(rules, month));
    }

    private Map<String, Map<Factor, Double>> compute(CompiledRuleSet rules, Month month) {
        LocalDate start = LocalDate.of(2001, month, 1); // any year: the climate is a 1991-2020 normal
        Trip trip = new Trip(start, start.plusDays(6), start);
        Traveller anonymous = Traveller.anonymous();
        Map<String, Map<Factor, Double>> raw = new HashMap<>();
        List<DestinationRecord> all = catalogue.all();
        for (DestinationRecord record : all) {
            Decision decision = rules.decide(DecisionInput.of(record.id(), anonymous, trip,
                    MeasurementAssembler.assemble(record.toDecisionModel(), anonymous, trip, catalogue::subregionOf,
                            Optional.empty())));
            Map<Factor, Double> scores = new EnumMap<>(Factor.class);
            for (FactorResult f : decision.factors()) {
                if (f.factor().isLearnable() && !f.fallback()) {
                    scores.put(f.factor(), f.score());
                }
            }
            raw.put(record.id(), scores);
        }
        return standardise(raw);
    }

    /** Each factor's scores as distances from the mean in standard deviations; a missing score becomes 0. */
    static Map<String, Map<Factor, Double>> standardise(Map<String, Map<Factor, Double>> raw) {
        Map<Factor, double[]> stats = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            if (!factor.isLearnable()) {
                continue;
            }
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (Map<Factor, Double> scores : raw.values()) {
                Double v = scores.get(factor);
                if (v != null) {
                    sum += v;
                    squares += v * v;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double sd = n < 2 ? 0 : Math.sqrt(Math.max(0, squares / n - mean * mean));
            stats.put(factor, new double[] {mean, sd});
        }
        Map<String, Map<Factor, Double>> standardised = new HashMap<>();
        raw.forEach((id, scores) -> {
            Map<Factor, Double> z = new EnumMap<>(Factor.class);
            stats.forEach((factor, ms) -> {
                Double v = scores.get(factor);
                z.put(factor, v == null || ms[1] < 1e-9 ? 0.0 : (v - ms[0]) / ms[1]);
            });
            standardised.put(id, Map.copyOf(z));
        });
        return Map.copyOf(standardised);
    }
}
