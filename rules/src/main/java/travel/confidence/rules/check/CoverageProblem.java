package travel.confidence.rules.check;

import java.util.List;
import java.util.Map;

/**
 * A hole or a double cover in a decision table: a range of an indicator's values that no row covers (a gap:
 * the factor falls back to neutral there), or one that two rows cover (an overlap: both rows fire and the
 * factor averages them).
 *
 * @param kind       {@code gap}, {@code overlap}, or {@code unreadable} (a bound that is not a number)
 * @param indicator  the indicator (or {@code score} for the badge table)
 * @param persona    the traveller values the finding holds for, by column label; empty when it holds for everyone
 * @param from       the start of the range, or null when the whole range is affected
 * @param to         the end of the range, or null
 * @param lines      the table lines (1-based, as a spreadsheet numbers rows) of the rows involved: for an overlap
 *                   the rows that both match, for a gap the rows on either side of it
 * @param rules      the names of those rows
 */
public record CoverageProblem(String file, String table, String kind, String indicator, Map<String, String> persona,
                             Double from, boolean fromInclusive, Double to, boolean toInclusive, List<Integer> lines,
                             List<String> rules, String message) {

    public CoverageProblem {
        persona = Map.copyOf(persona);
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }
}
