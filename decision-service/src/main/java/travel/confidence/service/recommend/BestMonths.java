package travel.confidence.service.recommend;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import travel.confidence.api.recommend.BestMonthsRequest;
import travel.confidence.api.recommend.BestMonthsResponse;
import travel.confidence.api.recommend.MonthScore;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.FactorResult;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.RuleSelection;
import travel.confidence.service.rules.RuleSelector;
import travel.confidence.service.score.DecisionInputs;
import travel.confidence.service.score.ResolvedTraveller;
import travel.confidence.service.score.TravellerResolver;

/**
 * The best time to go: one destination scored for a trip starting on the first of each of the next twelve
 * months, for this traveller. Live context is left out on purpose: it describes today, and the question is
 * how the months compare. The driver is the factor whose weighted contribution swings most over the year.
 */
@Singleton
public class BestMonths {

    static final int DEFAULT_TRIP_DAYS = 7;
    /**
     * Months close to the best count as best too: within a quarter of the year's range of scores, and never
     * less than 0.3 points, so a flat year does not name every month and a seasonal one names its season.
     */
    static final double SHARE_OF_RANGE = 0.25;
    static final double MIN_CLOSENESS = 0.3;

    private final DestinationCatalogue catalogue;
    private final TravellerResolver travellers;
    private final RuleSelector ruleSelector;
    private final DecisionInputs inputs;
    private final Clock clock;

    BestMonths(DestinationCatalogue catalogue, TravellerResolver travellers, RuleSelector ruleSelector,
               DecisionInputs inputs, Clock clock) {
        this.catalogue = catalogue;
        this.travellers = travellers;
        this.ruleSelector = ruleSelector;
        this.inputs = inputs;
        this.clock = clock;
    }

    public BestMonthsResponse bestMonths(BestMonthsRequest request) {
        DestinationRecord destination = catalogue.find(request.destinationId())
                .orElseThrow(() -> NotFoundException.destination(request.destinationId()));
        ResolvedTraveller traveller = travellers.resolve(request.userId(), request.userProfile());
        RuleSelection selection = ruleSelector.select(request.userId());
        int days = request.tripLengthDays() == null ? DEFAULT_TRIP_DAYS : request.tripLengthDays();
        LocalDate today = LocalDate.now(clock);

        List<LocalDate> starts = new ArrayList<>();
        List<DecisionInput> batch = new ArrayList<>();
        for (int offset = 1; offset <= 12; offset++) {
            LocalDate start = today.withDayOfMonth(1).plusMonths(offset);
            starts.add(start);
            batch.add(inputs.build(destination, traveller, new Trip(start, start.plusDays(days - 1L), today), List.of()));
        }
        List<Decision> decisions = selection.rules().decideAll(batch);
        List<MonthScore> months = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            LocalDate start = starts.get(i);
            Map<String, Double> factorScores = new LinkedHashMap<>();
            decision.factors().forEach(f -> factorScores.put(f.factor().key(), f.score()));
            months.add(new MonthScore(start.getMonthValue(), monthName(start.getMonth()), start.toString(),
                    decision.score(), decision.badge(), factorScores));
        }
        months.sort(Comparator.comparingInt(MonthScore::month));
        double best = months.stream().mapToDouble(MonthScore::score).max().orElseThrow();
        double worst = months.stream().mapToDouble(MonthScore::score).min().orElseThrow();
        double closeness = Math.max(MIN_CLOSENESS, SHARE_OF_RANGE * (best - worst));
        List<String> bestMonths = months.stream().filter(m -> m.score() >= best - closeness - 1e-9)
                .sorted(Comparator.comparingDouble(MonthScore::score).reversed().thenComparingInt(MonthScore::month))
                .map(MonthScore::monthName).toList();
        Factor driver = driver(decisions);
        return new BestMonthsResponse(destination.id(), destination.name(), selection.rules().version(),
                traveller.personalized(), months, bestMonths, driver == null ? null : driver.key(),
                summary(destination, months, bestMonths, best, driver));
    }

    private static Factor driver(List<Decision> decisions) {
        EnumMap<Factor, double[]> range = new EnumMap<>(Factor.class);
        for (Decision decision : decisions) {
            for (FactorResult f : decision.factors()) {
                double[] minMax = range.computeIfAbsent(f.factor(), k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                minMax[0] = Math.min(minMax[0], f.contribution());
                minMax[1] = Math.max(minMax[1], f.contribution());
            }
        }
        return range.entrySet().stream()
                .filter(e -> e.getValue()[1] - e.getValue()[0] >= 0.1)
                .max(Comparator.comparingDouble(e -> e.getValue()[1] - e.getValue()[0]))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String summary(DestinationRecord destination, List<MonthScore> months, List<String> bestMonths,
                                  double best, Factor driver) {
        String when = bestMonths.size() == 1 ? bestMonths.get(0)
                : String.join(", ", bestMonths.subList(0, bestMonths.size() - 1)) + " and " + bestMonths.get(bestMonths.size() - 1);
        if (driver == null) {
            return destination.name() + " scores " + best + " whatever the month: the seasons make no difference to you here.";
        }
        MonthScore high = months.stream().max(Comparator.comparingDouble(m -> m.factorScores().get(driver.key()))).orElseThrow();
        MonthScore low = months.stream().min(Comparator.comparingDouble(m -> m.factorScores().get(driver.key()))).orElseThrow();
        return "Best in " + when + " (" + best + "). " + driver.label() + " makes the difference: "
                + high.factorScores().get(driver.key()) + " in " + high.monthName() + " against "
                + low.factorScores().get(driver.key()) + " in " + low.monthName() + ".";
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
