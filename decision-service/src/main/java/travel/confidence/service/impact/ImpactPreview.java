package travel.confidence.service.impact;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import travel.confidence.data.decision.DecisionEntry;
import travel.confidence.data.decision.DecisionLog;
import travel.confidence.data.destination.DestinationCatalogue;
import travel.confidence.data.destination.DestinationRecord;
import travel.confidence.rules.engine.CompiledRuleSet;
import travel.confidence.rules.engine.Decision;
import travel.confidence.rules.engine.DecisionInput;
import travel.confidence.rules.model.Factor;
import travel.confidence.rules.model.LearnedWeights;
import travel.confidence.rules.model.Traveller;
import travel.confidence.rules.model.Trip;
import travel.confidence.service.rules.RuleVersionLookup;
import travel.confidence.service.score.DecisionInputs;
import travel.confidence.service.score.ResolvedTraveller;

/**
 * Scores under two versions in-process and compares: every destination of the catalogue for a grid of personas
 * and months, then the most recent logged decisions rebuilt from their logged traveller facts and dates. Inputs
 * are built exactly as a real decision builds them (without live context, which would differ from run to run),
 * so any difference comes from the rules alone.
 */
@Singleton
class ImpactPreview {

    static final int DEFAULT_TRIP_DAYS = 7;
    static final int DEFAULT_REPLAY = 200;
    static final int DEFAULT_MOVERS = 20;

    private final DestinationCatalogue catalogue;
    private final DecisionInputs inputs;
    private final DecisionLog decisionLog;
    private final RuleVersionLookup versions;
    private final Clock clock;

    ImpactPreview(DestinationCatalogue catalogue, DecisionInputs inputs, DecisionLog decisionLog,
                  RuleVersionLookup versions, Clock clock) {
        this.catalogue = catalogue;
        this.inputs = inputs;
        this.decisionLog = decisionLog;
        this.versions = versions;
        this.clock = clock;
    }

    /** The work a run will do, for progress: grid decisions plus decisions to replay. */
    record Plan(List<DestinationRecord> destinations, Map<String, Traveller> personas, List<Integer> months,
                int tripDays, List<DecisionEntry> replay, int movers) {

        int steps() {
            return destinations.size() * personas.size() * months.size() + replay.size();
        }
    }

    Plan plan(List<String> personaNames, List<Integer> months, int tripDays, int replay, int movers) {
        Map<String, Traveller> personas = new LinkedHashMap<>();
        personaNames.forEach(name -> personas.put(name, PersonaGrid.PERSONAS.get(name)));
        List<DestinationRecord> destinations = catalogue.all().stream()
                .sorted(Comparator.comparing(DestinationRecord::id)).toList();
        List<DecisionEntry> logged = replay > 0 ? decisionLog.recent(replay) : List.of();
        return new Plan(destinations, personas, months, tripDays, logged, movers);
    }

    ImpactReport run(CompiledRuleSet draft, CompiledRuleSet live, Plan plan, IntConsumer progress) {
        Comparison grid = new Comparison(plan.movers());
        Map<String, Comparison> byPersona = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        int done = 0;
        for (Map.Entry<String, Traveller> persona : plan.personas().entrySet()) {
            Comparison personaComparison = new Comparison(0);
            byPersona.put(persona.getKey(), personaComparison);
            ResolvedTraveller traveller = new ResolvedTraveller("impact-preview", persona.getValue(), null, true,
                    "impact:" + persona.getKey(), null, null);
            for (int month : plan.months()) {
                LocalDate start = LocalDate.of(today.getYear() + 1, month, 1);
                Trip trip = new Trip(start, start.plusDays(plan.tripDays() - 1L), today);
                for (DestinationRecord destination : plan.destinations()) {
                    DecisionInput input = inputs.build(destination, traveller, trip, List.of());
                    Comparison.Subject subject = new Comparison.Subject(destination.id(), destination.name(),
                            persona.getKey(), month, null);
                    compare(subject, input, live, draft, grid, personaComparison);
                    progress.accept(++done);
                }
            }
        }
        ImpactReport.Replay replay = replay(draft, live, plan, done, progress);
        List<ImpactReport.PersonaImpact> personas = new ArrayList<>();
        byPersona.forEach((name, c) -> personas.add(new ImpactReport.PersonaImpact(name, c.compared(), c.badgeChanges(),
                c.meanDelta())));
        return new ImpactReport(draft.version(), live.version(),
                new ImpactReport.Grid(plan.destinations().size(), List.copyOf(plan.personas().keySet()), plan.months(),
                        plan.tripDays(), plan.destinations().size() * plan.personas().size() * plan.months().size()),
                grid.summary(), personas, replay);
    }

    private ImpactReport.Replay replay(CompiledRuleSet draft, CompiledRuleSet live, Plan plan, int done,
                                       IntConsumer progress) {
        Comparison comparison = new Comparison(plan.movers());
        int skipped = 0;
        for (DecisionEntry entry : plan.replay()) {
            progress.accept(++done);
            Optional<DestinationRecord> destination = catalogue.find(entry.destinationId());
            Optional<DecisionInput> input = destination.flatMap(d -> rebuild(entry, d));
            if (input.isEmpty()) {
                skipped++;
                continue;
            }
            CompiledRuleSet original = originalVersion(entry, live);
            compare(new Comparison.Subject(entry.destinationId(), destination.get().name(), "user " + entry.userId(),
                    null, entry.decisionId()), input.get(), original, draft, comparison, null);
        }
        return new ImpactReport.Replay(plan.replay().size(), plan.replay().size() - skipped, skipped, comparison.summary());
    }

    /** The version the decision was logged under, or the live one when that version is gone or unknown. */
    private CompiledRuleSet originalVersion(DecisionEntry entry, CompiledRuleSet live) {
        try {
            return versions.find(entry.ruleVersion()).orElse(live);
        } catch (RuntimeException e) {
            return live;
        }
    }

    private static void compare(Comparison.Subject subject, DecisionInput input, CompiledRuleSet live,
                                CompiledRuleSet draft, Comparison into, Comparison alsoInto) {
        Decision before;
        Decision after;
        try {
            before = live.decide(input);
        } catch (RuntimeException e) {
            fail(into, alsoInto, live.version() + " failed on " + subject.destinationId() + ": " + e.getMessage());
            return;
        }
        try {
            after = draft.decide(input);
        } catch (RuntimeException e) {
            fail(into, alsoInto, draft.version() + " failed on " + subject.destinationId() + ": " + e.getMessage());
            return;
        }
        into.add(subject, before, after);
        if (alsoInto != null) {
            alsoInto.add(subject, before, after);
        }
    }

    private static void fail(Comparison into, Comparison alsoInto, String why) {
        into.failed(why);
        if (alsoInto != null) {
            alsoInto.failed(why);
        }
    }

    /** The engine input of a logged decision, from the traveller facts and dates it was logged with. */
    private Optional<DecisionInput> rebuild(DecisionEntry entry, DestinationRecord destination) {
        try {
            LocalDate start = LocalDate.parse(entry.startDate());
            LocalDate end = LocalDate.parse(entry.endDate());
            LocalDate decidedOn = entry.decidedAt().atZone(ZoneOffset.UTC).toLocalDate();
            Map<String, Object> facts = entry.traveller();
            Traveller traveller = new Traveller(text(facts, "budgetTier"), text(facts, "travelStyle"),
                    text(facts, "experienceLevel"), Boolean.TRUE.equals(facts.get("prioritySafety")),
                    text(facts, "preferredClimate"), text(facts, "mobilityRequirements"), texts(facts, "languages"),
                    facts.get("tripCount") instanceof Number n ? n.intValue() : 0, texts(facts, "visitedDestinations"));
            ResolvedTraveller resolved = new ResolvedTraveller(entry.userId(), traveller, learned(facts),
                    entry.personalized(), "replay:" + entry.decisionId(), null, null);
            return Optional.of(inputs.build(destination, resolved, new Trip(start, end, decidedOn), List.of()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LearnedWeights learned(Map<String, Object> facts) {
        if (!(facts.get("learnedWeights") instanceof Map<?, ?> weights)
                || !(facts.get("learnedConfidence") instanceof Number confidence)) {
            return null;
        }
        EnumMap<Factor, Double> byFactor = new EnumMap<>(Factor.class);
        weights.forEach((key, value) -> Factor.byKey(String.valueOf(key))
                .ifPresent(f -> byFactor.put(f, ((Number) value).doubleValue())));
        return new LearnedWeights(byFactor, confidence.doubleValue());
    }

    private static String text(Map<String, Object> facts, String key) {
        Object value = facts.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> texts(Map<String, Object> facts, String key) {
        return facts.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
