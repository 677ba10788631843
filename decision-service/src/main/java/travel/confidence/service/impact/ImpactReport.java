package travel.confidence.service.impact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A draft against the live version: every destination scored for a grid of personas and months under both,
 * and the most recent logged decisions replayed under the draft. Scores move by {@code draft - live}.
 */
@Serdeable
record ImpactReport(String draft, String live, Grid grid, Comparison gridImpact, List<PersonaImpact> byPersona,
                    Replay replay) {

    @Serdeable
    record Grid(int destinations, List<String> personas, List<Integer> months, int tripDays, int decisions) {
    }

    /**
     * @param badgeChanges how many decisions end up with another badge; {@code transitions} says which
     * @param failed       decisions the draft (or live version) could not make, with the first reason
     */
    @Serdeable
    record Comparison(int compared, int badgeChanges, double badgeChangeShare, List<BadgeChange> transitions,
                      Distribution scoreDelta, List<Mover> biggestMovers, int failed, @Nullable String firstFailure) {
    }

    @Serdeable
    record BadgeChange(String from, String to, int count) {
    }

    /**
     * How scores moved. {@code histogram} bins have a null {@code from} or {@code to} at the open ends; the
     * unchanged scores are their own bin (from 0 to 0).
     */
    @Serdeable
    record Distribution(double mean, double min, double max, double p05, double p25, double median, double p75,
                        double p95, int up, int down, int unchanged, List<Bin> histogram) {
    }

    @Serdeable
    record Bin(@Nullable Double from, @Nullable Double to, int count) {
    }

    /** One decision that moved a lot: the grid's persona and month, or the replayed decision's id. */
    @Serdeable
    record Mover(String destinationId, String destinationName, String persona, @Nullable Integer month,
                 @Nullable String decisionId, double liveScore, double draftScore, double delta, String liveBadge,
                 String draftBadge) {
    }

    @Serdeable
    record PersonaImpact(String persona, int compared, int badgeChanges, double meanDelta) {
    }

    /**
     * @param requested decisions asked for from the log; {@code skipped} could not be rebuilt (unknown destination,
     *                  unreadable dates); the rest were decided again under the version they were logged with
     *                  and under the draft
     */
    @Serdeable
    record Replay(int requested, int found, int skipped, Comparison impact) {
    }
}
