package travel.confidence.service.recommend;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import travel.confidence.api.recommend.Recommendation;
import travel.confidence.api.recommend.RecommendationFilters;
import travel.confidence.api.recommend.RecommendationRequest;
import travel.confidence.api.recommend.RecommendationResponse;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Indicator;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.error.InvalidInputException;
import travel.confidence.service.rules.RuleSelection;
import travel.confidence.service.rules.RuleSelector;
import travel.confidence.service.score.DecisionInputs;
import travel.confidence.service.score.LiveContext;
import travel.confidence.service.score.ResolvedTraveller;
import travel.confidence.service.score.TravelDatesParser;
import travel.confidence.service.score.TravellerResolver;

/**
 * Ranks destinations by this traveller's confidence (seed Requirements 4.1-4.3). Each destination is decided
 * exactly as /calculate would decide it (same inputs, rules, context), so a recommendation's match equals the
 * score the traveller sees on the card. A budget-tier or climate filter searches as that kind of traveller and
 * keeps the destinations the rules say suit it.
 */
@Singleton
public class Recommender {

    /** Destinations the open data covers this thinly are left out unless asked for: we would mostly be guessing. */
    static final int MIN_FACTORS_WITH_DATA = 6;
    static final int DEFAULT_LIMIT = 10;
    private static final int BUDGET_SUITS = 70;
    private static final int CLIMATE_SUITS = 90;

    private final DestinationCatalogue catalogue;
    private final TravellerResolver travellers;
    private final RuleSelector ruleSelector;
    private final DecisionInputs inputs;
    private final LiveContext liveContext;
    private final Clock clock;

    Recommender(DestinationCatalogue catalogue, TravellerResolver travellers, RuleSelector ruleSelector,
                DecisionInputs inputs, LiveContext liveContext, Clock clock) {
        this.catalogue = catalogue;
        this.travellers = travellers;
        this.ruleSelector = ruleSelector;
        this.inputs = inputs;
        this.liveContext = liveContext;
        this.clock = clock;
    }

    public RecommendationResponse recommend(RecommendationRequest request) {
        TravelDatesParser.Window window = TravelDatesParser.parse(request.travelDates(), "travelDates");
        RecommendationFilters filters = request.filters() == null
                ? new RecommendationFilters(null, null, null, null) : request.filters();
        List<DestinationRecord> candidates = candidates(filters, Boolean.TRUE.equals(request.includeSparse()));
        ResolvedTraveller resolved = travellers.resolve(request.userId(), request.userProfile());
        ResolvedTraveller traveller = resolved.withTraveller(
                resolved.traveller().searchingAs(filters.budgetTier(), filters.climate()));
        RuleSelection selection = ruleSelector.select(request.userId());
        Trip trip = new Trip(window.start(), window.end(), LocalDate.now(clock));

        List<DecisionInput> batch = new ArrayList<>(candidates.size());
        List<String> warnings = new ArrayList<>();
        for (DestinationRecord destination : candidates) {
            LiveContext.Gathered context = liveContext.gather(destination.id(), trip, null);
            warnings.addAll(context.notices());
            batch.add(inputs.build(destination, traveller, trip, context.facts()));
        }
        // One session run for every candidate: the same decisions as one by one, without the per-run cost.
        List<Decision> decisions = selection.rules().decideAll(batch);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (suits(decisions.get(i), filters)) {
                ranked.add(new Ranked(candidates.get(i), decisions.get(i)));
            }
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.decision().exactScore())
                .thenComparing(r -> r.destination().name())
                .thenComparing(r -> r.destination().id()));
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            recommendations.add(new Recommendation(i + 1, r.destination().id(), r.destination().name(),
                    r.destination().region(), matchPercentage(r.decision()), r.decision().score(), r.decision().badge(),
                    Reasons.forGoing(r.decision()), Reasons.against(r.decision()), r.decision().fallbackUsed()));
        }
        if (traveller.warning() != null) {
            warnings.add(traveller.warning());
        }
        return new RecommendationResponse(request.userId(), selection.rules().version(), selection.variant(),
                traveller.personalized(), traveller.personalized() ? "personalized" : "general",
                clock.instant().toString(), ranked.size(), recommendations, warnings.stream().distinct().toList());
    }

    private record Ranked(DestinationRecord destination, Decision decision) {
    }

    /**
     * The seed's Confidence_Match_Percentage: the traveller's score before it is rounded to one decimal for the
     * card. It is exact (a whole number of millionths: whole-unit weights times one-decimal factor scores), so
     * persona differences that the card's rounding hides still show: over every well-covered destination,
     * persona and attribute change we tried (324,576 pairs), no two matches were equal.
     */
    static double matchPercentage(Decision decision) {
        return Math.round(decision.exactScore() * 1_000_000) / 1_000_000.0;
    }

    private List<DestinationRecord> candidates(RecommendationFilters filters, boolean includeSparse) {
        if (filters.destinationIds() != null && !filters.destinationIds().isEmpty()) {
            List<DestinationRecord> named = new ArrayList<>();
            for (int i = 0; i < filters.destinationIds().size(); i++) {
                String id = filters.destinationIds().get(i);
                int index = i;
                named.add(catalogue.find(id).orElseThrow(() -> InvalidInputException.field(
                        "filters.destinationIds[" + index + "]", "is not a known destination")));
            }
            return named.stream().distinct().filter(d -> inRegion(d, filters.region())).toList();
        }
        List<DestinationRecord> covered = includeSparse ? catalogue.all()
                : catalogue.withDataForAtLeast(MIN_FACTORS_WITH_DATA);
        return covered.stream().filter(d -> inRegion(d, filters.region())).toList();
    }

    private static boolean inRegion(DestinationRecord destination, String region) {
        return region == null || region.isBlank()
                || destination.region().toLowerCase(Locale.ROOT).equals(region.strip().toLowerCase(Locale.ROOT));
    }

    /** The filters as the rules judge them: the budget factor and the climate row of the weather table. */
    private static boolean suits(Decision decision, RecommendationFilters filters) {
        if (filters.budgetTier() != null) {
            boolean affordable = decision.factors().stream()
                    .anyMatch(f -> f.factor() == Factor.BUDGET_MATCH && !f.fallback() && f.score() >= BUDGET_SUITS);
            if (!affordable) {
                return false;
            }
        }
        if (filters.climate() != null) {
            return decision.factors().stream().flatMap(f -> f.evidence().stream())
                    .anyMatch(p -> p.measurement().indicator() == Indicator.TRAVEL_MEAN_TEMP_C && p.points() >= CLIMATE_SUITS);
        }
        return true;
    }
}
