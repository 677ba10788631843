package travel.confidence.console.decisionservice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A version against the live one: every destination scored for a grid of personas and months under both, and
 * recent logged decisions replayed. Scores move by {@code draft - live}.
 */
@Serdeable
public record ImpactReport(String draft, String live, Grid grid, Comparison gridImpact,
                           List<PersonaImpact> byPersona, @Nullable Replay replay) {

    public ImpactReport {
        byPersona = byPersona == null ? List.of() : List.copyOf(byPersona);
    }

    @Serdeable
    public record Grid(int destinations, List<String> personas, List<Integer> months, int tripDays, int decisions) {
    }

    /**
     * @param badgeChanges how many decisions end up with another badge; {@code transitions} says which
     * @param failed       decisions either version could not make, with the first reason
     */
    @Serdeable
    public record Comparison(int compared, int badgeChanges, double badgeChangeShare, List<BadgeChange> transitions,
                             Distribution scoreDelta, List<Mover> biggestMovers, int failed,
                             @Nullable String firstFailure) {

        public Comparison {
            transitions = transitions == null ? List.of() : List.copyOf(transitions);
            biggestMovers = biggestMovers == null ? List.of() : List.copyOf(biggestMovers);
        }
    }

    @Serdeable
    public record BadgeChange(String from, String to, int count) {
    }

    /** How scores moved; histogram bins have a null end at the open sides, and unchanged scores a bin of their own. */
    @Serdeable
    public record Distribution(double mean, double min, double max, double p05, double p25, double median, double p75,
                               double p95, int up, int down, int unchanged, List<Bin> histogram) {

        public Distribution {
            histogram = histogram == null ? List.of() : List.copyOf(histogram);
        }
    }

    @Serdeable
    public record Bin(@Nullable Double from, @Nullable Double to, int count) {
    }

    /** One decision that moved a lot: a persona and month of the grid, or a replayed decision. */
    @Serdeable
    public record Mover(String destinationId, String destinationName, String persona, @Nullable Integer month,
                        @Nullable String decisionId, double liveScore, double draftScore, double delta,
                        String liveBadge, String draftBadge) {
    }

    @Serdeable
    public record PersonaImpact(String persona, int compared, int badgeChanges, double meanDelta) {
    }

    /** Logged decisions decided again: asked for, found, could not be rebuilt, and how they moved. */
    @Serdeable
    public record Replay(int requested, int found, int skipped, @Nullable Comparison impact) {
    }
}
