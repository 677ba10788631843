package travel.confidence.service.context;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.context.ContextAdjustmentRequest;
import travel.confidence.api.context.ContextAdjustmentResponse;
import travel.confidence.api.score.ContextAdjustment;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.LiveRules;
import travel.confidence.service.score.ContextSource;
import travel.confidence.service.score.LiveContext;
import travel.confidence.service.score.TravelDatesParser;

/**
 * Adjusts a given base score for live conditions (seed: Context Adapter Service) with the same context
 * sources and the same context rules as /calculate: every factor is given the base score, so the weighted
 * sum is the base itself and only the context rows move it. If the context cannot be applied, the base
 * score comes back unchanged with a notice (seed: Error Handling 7), never an error.
 */
@Singleton
public class ContextAdjuster {

    private static final Logger LOG = LoggerFactory.getLogger(ContextAdjuster.class);

    private final DestinationCatalogue catalogue;
    private final LiveContext liveContext;
    private final LiveRules rules;
    private final Clock clock;

    ContextAdjuster(DestinationCatalogue catalogue, LiveContext liveContext, LiveRules rules, Clock clock) {
        this.catalogue = catalogue;
        this.liveContext = liveContext;
        this.rules = rules;
        this.clock = clock;
    }

    public ContextAdjustmentResponse adjust(ContextAdjustmentRequest request) {
        TravelDatesParser.Window window = TravelDatesParser.parse(request.travelDates(), "travelDates");
        DestinationRecord destination = catalogue.find(request.destinationId())
                .orElseThrow(() -> NotFoundException.destination(request.destinationId()));
        double base = Math.round(request.baseScore() * 10) / 10.0;
        Trip trip = new Trip(window.start(), window.end(), LocalDate.now(clock));
        ContextSource.Location location = request.userLocation() == null ? null
                : new ContextSource.Location(request.userLocation().latitude(), request.userLocation().longitude());
        LiveContext.Gathered context = liveContext.gather(destination.id(), trip, location);
        CompiledRuleSet live = rules.current();
        List<String> warnings = new ArrayList<>(context.notices());
        try {
            Decision decision = live.decide(new DecisionInput(destination.id(), Traveller.anonymous(), trip, List.of(),
                    everyFactor(base), null, null, context.facts()));
            List<ContextAdjustment> adjustments = decision.adjustments().stream()
                    .map(a -> new ContextAdjustment(a.factor(), a.originalValue(), a.adjustedValue(), a.reason())).toList();
            return new ContextAdjustmentResponse(decision.score(), adjustments, context.alerts(), destination.id(), base,
                    live.version(), List.copyOf(warnings), context.freshness(), clock.instant().toString());
        } catch (RuntimeException e) {
            LOG.error("Context rules failed for {} under rule set {}", destination.id(), live.version(), e);
            warnings.add("Live conditions could not be applied just now, so this is the base score unchanged");
            return new ContextAdjustmentResponse(base, List.of(), context.alerts(), destination.id(), base,
                    live.version(), List.copyOf(warnings), context.freshness(), clock.instant().toString());
        }
    }

    private static EnumMap<Factor, Double> everyFactor(double score) {
        EnumMap<Factor, Double> given = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            given.put(factor, score);
        }
        return given;
    }
}
