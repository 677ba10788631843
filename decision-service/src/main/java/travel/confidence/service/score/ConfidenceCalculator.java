package travel.confidence.service.score;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.score.ConfidenceScoreRequest;
import travel.confidence.api.score.ConfidenceScoreResponse;
import travel.confidence.api.score.FactorBreakdown;
import travel.confidence.data.decision.DecisionEntry;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.RuleSettings;
import travel.confidence.rules.model.Trip;
import travel.confidence.rules.model.Weights;
import travel.confidence.service.error.NotFoundException;
import travel.confidence.service.rules.RuleSelection;
import travel.confidence.service.rules.RuleSelector;

/**
 * Calculates one confidence score (seed: Confidence Score Engine, Error Handling 1-4): the traveller, the rule
 * version and the live context are resolved, the decision runs under its time budget, and the answer is cached
 * and logged. When the engine fails or overruns the budget the traveller still gets an answer: the last score
 * of this destination or a neutral estimate, marked preliminary; an overrunning decision still completes and
 * fills the cache for the next request.
 */
@Singleton
public class ConfidenceCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(ConfidenceCalculator.class);

    private final DestinationCatalogue catalogue;
    private final DecisionInputs inputs;
    private final TravellerResolver travellers;
    private final RuleSelector ruleSelector;
    private final LiveContext liveContext;
    private final ScoreCache cache;
    private final ScoringSettings settings;
    private final DecisionLog decisionLog;
    private final Clock clock;
    private final ApplicationEventPublisher<ScoreDecided> decided;
    private final ExecutorService executor;
    private final Map<String, ConfidenceScoreResponse> lastGoodByDestination = new ConcurrentHashMap<>();

    ConfidenceCalculator(DestinationCatalogue catalogue, DecisionInputs inputs, TravellerResolver travellers,
                         RuleSelector ruleSelector,
                         LiveContext liveContext, ScoreCache cache, ScoringSettings settings,
                         DecisionLog decisionLog, Clock clock, ApplicationEventPublisher<ScoreDecided> decided) {
        this.catalogue = catalogue;
        this.inputs = inputs;
        this.travellers = travellers;
        this.ruleSelector = ruleSelector;
        this.liveContext = liveContext;
        this.cache = cache;
        this.settings = settings;
        this.decisionLog = decisionLog;
        this.clock = clock;
        this.decided = decided;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "decision-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ConfidenceScoreResponse calculate(ConfidenceScoreRequest request, @Nullable ContextSource.Location location) {
        TravelDatesParser.Window window = TravelDatesParser.parse(request.travelDates(), "travelDates");
        DestinationRecord destination = catalogue.find(request.destinationId())
                .orElseThrow(() -> NotFoundException.destination(request.destinationId()));
        ResolvedTraveller traveller = travellers.resolve(request.userId(), request.userProfile());
        RuleSelection selection = ruleSelector.select(request.userId());
        LocalDate today = LocalDate.now(clock);
        Trip trip = new Trip(window.start(), window.end(), today);
        LiveContext.Gathered context = liveContext.gather(destination.id(), trip, location);

        ScoreCache.Key key = new ScoreCache.Key(selection.rules().version(), String.valueOf(selection.variant()),
                destination.id(), request.userId(), window.start(), window.end(), today, traveller.fingerprint(),
                context.version() + (location == null ? "" : ":" + location));
        Optional<ScoreCache.Entry> cached = cache.get(key);
        if (cached.isPresent()) {
            return withTtl(cached.get().response(), cache.secondsLeft(cached.get().storedAt()));
        }

        DecisionInput input = inputs.build(destination, traveller, trip, context.facts());
        List<String> warnings = new ArrayList<>(context.notices());
        if (traveller.warning() != null) {
            warnings.add(traveller.warning());
        }
        // The request's context (its correlation id in the logging MDC) goes along to the deciding thread.
        Supplier<ConfidenceScoreResponse> decision =
                () -> decide(selection, input, destination, traveller, context, warnings, window);
        CompletableFuture<ConfidenceScoreResponse> future =
                CompletableFuture.supplyAsync(PropagatedContext.wrapCurrent(decision), executor);
        try {
            ConfidenceScoreResponse response = future.get(settings.budget().toMillis(), TimeUnit.MILLISECONDS);
            cache.put(key, response);
            return response;
        } catch (TimeoutException e) {
            LOG.warn("Decision for {} overran its {} ms budget; answering with a preliminary score",
                    destination.id(), settings.budget().toMillis());
            future.thenAccept(late -> cache.put(key, late));
            return logged(preliminary(destination, selection, context, "The full calculation is taking longer than usual"),
                    selection, traveller, window, "overran the time budget");
        } catch (ExecutionException e) {
            LOG.error("Decision for {} failed under rule set {}", destination.id(), selection.rules().version(), e.getCause());
            return logged(preliminary(destination, selection, context, "The full calculation is not available right now"),
                    selection, traveller, window, "the engine failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return preliminary(destination, selection, context, "The full calculation was interrupted");
        }
    }

    private ConfidenceScoreResponse decide(RuleSelection selection, DecisionInput input, DestinationRecord destination,
                                           ResolvedTraveller traveller, LiveContext.Gathered context,
                                           List<String> warnings, TravelDatesParser.Window window) {
        CompiledRuleSet rules = selection.rules();
        Decision decision = rules.decide(input);
        String decisionId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ConfidenceScoreResponse response = ResponseWriter.write(decision, destination.name(),
                rules.settings().neutralScore(), now, cache.ttlSeconds(), selection.variant(),
                traveller.personalized(), context.alerts(), warnings, decisionId, context.freshness());
        lastGoodByDestination.put(destination.id(), response);
        decisionLog.record(new DecisionEntry(decisionId, now, traveller.userId(), destination.id(),
                window.start().toString(), window.end().toString(), rules.version(), selection.variant(),
                decision.score(), decision.baseScore(), decision.badge(), traveller.personalized(),
                decision.fallbackUsed(), false, travellerFacts(traveller), factorFacts(decision),
                decision.firedRules(), decision.adjustments().stream().map(a -> a.factor() + ": " + a.reason()).toList()));
        decided.publishEvent(new ScoreDecided(response));
        return response;
    }

    /**
     * Logs a preliminary answer too, marked as such, so the decision log shows how often travellers got one and
     * under which version and experiment variant (the error rate an experiment's guardrail watches).
     */
    private ConfidenceScoreResponse logged(ConfidenceScoreResponse response, RuleSelection selection,
                                           ResolvedTraveller traveller, TravelDatesParser.Window window, String why) {
        Map<String, Map<String, Double>> factors = new LinkedHashMap<>();
        response.breakdown().forEach(f -> factors.put(f.factorName(),
                Map.of("score", f.score(), "weight", f.weight(), "contribution", f.contribution())));
        decisionLog.record(new DecisionEntry(UUID.randomUUID().toString(), clock.instant(), traveller.userId(),
                response.destinationId(), window.start().toString(), window.end().toString(), selection.rules().version(),
                selection.variant(), response.score(), response.baseScore(), response.badge(), traveller.personalized(),
                response.fallbackUsed(), true, travellerFacts(traveller), factors, List.of(),
                List.of("preliminary: " + why)));
        decided.publishEvent(new ScoreDecided(response));
        return response;
    }

    private ConfidenceScoreResponse preliminary(DestinationRecord destination, RuleSelection selection,
                                                LiveContext.Gathered context, String why) {
        String notice = why + ", so this is a preliminary estimate; it will be refined shortly.";
        ConfidenceScoreResponse last = lastGoodByDestination.get(destination.id());
        if (last != null) {
            List<String> warnings = new ArrayList<>(last.warnings());
            warnings.add(notice + " It repeats the latest score we calculated for " + destination.name() + ".");
            return new ConfidenceScoreResponse(last.destinationId(), last.score(), last.badge(), last.breakdown(),
                    last.explanation(), clock.instant().toString(), 0, last.baseScore(), last.adjustments(),
                    last.alerts(), last.ruleVersion(), last.variant(), false, "general", last.fallbackUsed(), true,
                    List.copyOf(warnings), List.of(), null, last.dataFreshness());
        }
        return neutralEstimate(destination, selection.rules().settings(), selection, context, notice);
    }

    /** No score of this destination to fall back on: every factor neutral, with the default weights. */
    private ConfidenceScoreResponse neutralEstimate(DestinationRecord destination, RuleSettings settings,
                                                    RuleSelection selection, LiveContext.Gathered context, String notice) {
        double neutral = settings.neutralScore();
        List<FactorBreakdown> breakdown = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            double weight = settings.defaultWeights().fraction(factor);
            breakdown.add(new FactorBreakdown(factor.key(), neutral, weight,
                    settings.defaultWeights().units(factor) * settings.neutralScore() / (double) Weights.TOTAL,
                    factor.label() + ": not calculated yet; a neutral " + settings.neutralScore() + " is used.",
                    factor.label(), true, List.of()));
        }
        return new ConfidenceScoreResponse(destination.id(), neutral, BadgeBands.of(neutral), breakdown,
                destination.name() + ": " + notice, clock.instant().toString(), 0, neutral, List.of(), context.alerts(),
                selection.rules().version(), selection.variant(), false, "general", true, true, List.of(notice),
                List.of(), null, context.freshness());
    }

    private static ConfidenceScoreResponse withTtl(ConfidenceScoreResponse r, long ttl) {
        return new ConfidenceScoreResponse(r.destinationId(), r.score(), r.badge(), r.breakdown(), r.explanation(),
                r.calculatedAt(), ttl, r.baseScore(), r.adjustments(), r.alerts(), r.ruleVersion(), r.variant(),
                r.personalized(), r.profileType(), r.fallbackUsed(), r.preliminary(), r.warnings(), r.firedRules(),
                r.decisionId(), r.dataFreshness());
    }

    static Map<String, Object> travellerFacts(ResolvedTraveller resolved) {
        var t = resolved.traveller();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("budgetTier", t.getBudgetTier());
        facts.put("travelStyle", t.getTravelStyle());
        facts.put("experienceLevel", t.getExperienceLevel());
        facts.put("prioritySafety", t.isPrioritySafety());
        facts.put("preferredClimate", t.getPreferredClimate());
        facts.put("mobilityRequirements", t.getMobilityRequirements());
        facts.put("languages", List.copyOf(t.getLanguages()));
        facts.put("tripCount", t.getTripCount());
        facts.put("visitedDestinations", List.copyOf(t.getVisitedDestinations()));
        if (resolved.learned() != null) {
            Map<String, Double> learned = new LinkedHashMap<>();
            resolved.learned().weights().forEach((factor, weight) -> learned.put(factor.key(), weight));
            facts.put("learnedWeights", learned);
            facts.put("learnedConfidence", resolved.learned().confidence());
        }
        return facts;
    }

    private static Map<String, Map<String, Double>> factorFacts(Decision decision) {
        Map<String, Map<String, Double>> facts = new LinkedHashMap<>();
        decision.factors().forEach(f -> facts.put(f.factor().key(),
                Map.of("score", f.score(), "weight", f.weight(), "contribution", f.contribution())));
        return facts;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
