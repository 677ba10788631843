package travel.confidence.rules.engine;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;

/** QuickTheories generators for decision inputs. */
final class Generators {

    private Generators() {
    }

    /** A factor score with one decimal, 0.0-100.0. */
    static Gen<Double> factorScore() {
        return integers().between(0, 1000).map(tenths -> tenths / 10.0);
    }

    /** All eight factor scores. */
    static Gen<EnumMap<Factor, Double>> factorScores() {
        return lists().of(factorScore()).ofSize(Factor.values().length).map(values -> {
            EnumMap<Factor, Double> scores = new EnumMap<>(Factor.class);
            for (Factor factor : Factor.values()) {
                scores.put(factor, values.get(factor.ordinal()));
            }
            return scores;
        });
    }

    static Gen<Factor> factor() {
        return arbitrary().enumValues(Factor.class);
    }

    /** Any persona the seed allows, including the unknown ("any") values of the anonymous traveller. */
    static Gen<Traveller> traveller() {
        Gen<String> budget = arbitrary().pick(List.of("budget", "mid-range", "luxury", "any"));
        Gen<String> style = arbitrary().pick(List.of("solo", "couple", "family", "group", "any"));
        Gen<String> experience = arbitrary().pick(List.of("novice", "intermediate", "experienced", "any"));
        Gen<String> climate = arbitrary().pick(List.of("tropical", "temperate", "cold", "any"));
        Gen<String> mobility = arbitrary().pick(List.of("none", "moderate", "high"));
        return budget.zip(style, experience, climate, (b, s, e, c) -> new String[] {b, s, e, c})
                .zip(mobility, booleans().all(), (attrs, m, safety) -> new Traveller(attrs[0], attrs[1], attrs[2],
                        safety, attrs[3], m, List.of("en"), 0, List.of()));
    }

    /** Learned weights of the seven learnable factors with a confidence from 0.1 to 1. */
    static Gen<LearnedWeights> learnedWeights() {
        return lists().of(integers().between(0, 100)).ofSize(7)
                .zip(integers().between(1, 10), (raw, confidence) -> {
                    Map<Factor, Double> weights = new EnumMap<>(Factor.class);
                    double sum = raw.stream().mapToInt(Integer::intValue).sum();
                    int i = 0;
                    for (Factor factor : Factor.values()) {
                        if (factor.isLearnable()) {
                            weights.put(factor, sum == 0 ? 1.0 / 7 : raw.get(i) / sum);
                            i++;
                        }
                    }
                    return new LearnedWeights(weights, confidence / 10.0);
                });
    }
}
