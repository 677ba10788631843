package travel.confidence.rules.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import travel.confidence.rules.ruleset.DecisionTableGrid;

/**
 * Finds gaps and overlaps in a banded decision table. For each indicator, and for each value of a traveller
 * column the table distinguishes (budget tier, travel style, preferred climate ...), the rows that apply are
 * laid on the number line: a gap is a stretch between the lowest and the highest bound that no row covers, an
 * overlap a stretch two rows both cover. Bounds come from columns whose code reads {@code value >= $param},
 * {@code value > $param}, {@code value < $param} or {@code value <= $param}; a blank bound is open-ended, as
 * Drools treats a blank cell as no constraint.
 */
public final class TableCoverage {

    private static final Pattern LOWER = Pattern.compile("^\\s*value\\s*(>=|>)\\s*\\$param\\s*$");
    private static final Pattern UPPER = Pattern.compile("^\\s*value\\s*(<=|<)\\s*\\$param\\s*$");
    private static final Pattern INDICATOR = Pattern.compile("^\\s*indicator\\s*==\\s*\"\\$param\"\\s*$");
    private static final Pattern TRAVELLER_ATTRIBUTE = Pattern.compile("(\\w+)\\s*==\\s*\"\\$(?:param)?\"");
    private static final Pattern OBJECT_NAME = Pattern.compile("^\\s*\\$?\\w*\\s*:\\s*(\\w+)");

    /**
     * Every value the seed allows for a traveller attribute, "any" being the unknown value of an anonymous
     * traveller. A table that distinguishes an attribute must have rows for each of them.
     */
    private static final Map<String, List<String>> TRAVELLER_VALUES = Map.of(
            "budgetTier", List.of("budget", "mid-range", "luxury", "any"),
            "travelStyle", List.of("solo", "couple", "family", "group", "any"),
            "experienceLevel", List.of("novice", "intermediate", "experienced", "any"),
            "preferredClimate", List.of("tropical", "temperate", "cold", "any"),
            "mobilityRequirements", List.of("none", "moderate", "high"));

    private TableCoverage() {
    }

    private record Band(int index, String rule, double low, boolean lowInclusive, double high, boolean highInclusive) {

        boolean contains(double value) {
            boolean above = lowInclusive ? value >= low : value > low;
            boolean below = highInclusive ? value <= high : value < high;
            return above && below;
        }
    }

    private record TravellerColumn(int index, String attribute, String label) {
    }

    /** A value to test: an endpoint itself, or the open stretch between two endpoints. */
    private record Probe(double value, boolean endpoint, double left, double right) {
    }

    public static List<CoverageProblem> analyse(String file, String csv) {
        DecisionTableGrid grid;
        try {
            grid = DecisionTableGrid.parse(csv);
        } catch (RuntimeException e) {
            return List.of(new CoverageProblem(file, null, "unreadable", null, Map.of(), null, false, null, false,
                    List.of(), List.of(), "the table cannot be read: " + e.getMessage()));
        }
        return new Analysis(file, grid).run();
    }

    private static final class Analysis {

        private final String file;
        private final DecisionTableGrid grid;
        private final List<CoverageProblem> problems = new ArrayList<>();
        private int nameColumn = -1;
        private int indicatorColumn = -1;
        private int lowColumn = -1;
        private int highColumn = -1;
        private boolean lowInclusive;
        private boolean highInclusive;
        private String subject = "value";
        private final List<TravellerColumn> travellerColumns = new ArrayList<>();

        Analysis(String file, DecisionTableGrid grid) {
            this.file = file;
            this.grid = grid;
        }

        List<CoverageProblem> run() {
            classifyColumns();
            if (lowColumn < 0 && highColumn < 0 || listsExceptions()) {
                return List.of();
            }
            List<Band> bands = new ArrayList<>();
            Map<Integer, String> indicatorOf = new LinkedHashMap<>();
            for (int i = 0; i < grid.rows().size(); i++) {
                List<String> row = grid.rows().get(i);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Band band = band(i, row);
                if (band != null) {
                    bands.add(band);
                    indicatorOf.put(i, indicatorColumn < 0 ? "" : row.get(indicatorColumn).strip());
                }
            }
            Set<String> indicators = new LinkedHashSet<>(indicatorOf.values());
            indicators.remove("");
            if (indicators.isEmpty()) {
                indicators.add(subject);
            }
            for (String indicator : indicators) {
                List<Band> forIndicator = bands.stream().filter(b -> {
                    String own = indicatorOf.get(b.index());
                    return own.isEmpty() || own.equals(indicator) || indicators.size() == 1 && indicatorColumn < 0;
                }).toList();
                analyseTravellerValues(indicator, forIndicator);
            }
            return problems;
        }

        /**
         * A table whose rows adjust the score (the context rules) lists exceptions: a value no row covers simply
         * adjusts nothing. Gaps and overlaps matter only where every value must get exactly one answer: the
         * factor tables (rows award points) and the badge table (rows assign a badge).
         */
        private boolean listsExceptions() {
            boolean awards = grid.columns().stream().anyMatch(c -> c.code().contains(".award(") || c.code().contains(".assign("));
            boolean adjusts = grid.columns().stream().anyMatch(c -> c.code().contains(".adjust("));
            return adjusts && !awards;
        }

        private void classifyColumns() {
            for (int c = 0; c < grid.columns().size(); c++) {
                DecisionTableGrid.Column column = grid.columns().get(c);
                String kind = column.kind().strip().toUpperCase(java.util.Locale.ROOT);
                if (kind.equals("NAME")) {
                    nameColumn = c;
                }
                if (!kind.equals("CONDITION")) {
                    continue;
                }
                Matcher low = LOWER.matcher(column.code());
                Matcher high = UPPER.matcher(column.code());
                if (INDICATOR.matcher(column.code()).matches()) {
                    indicatorColumn = c;
                } else if (low.matches()) {
                    lowColumn = c;
                    lowInclusive = low.group(1).equals(">=");
                    subject = objectName(column.objectType());
                } else if (high.matches()) {
                    highColumn = c;
                    highInclusive = high.group(1).equals("<=");
                    subject = objectName(column.objectType());
                } else {
                    // A persona condition: a traveller attribute tested on the measure (or on a traveller fact).
                    Matcher attribute = TRAVELLER_ATTRIBUTE.matcher(column.code());
                    if (attribute.find()) {
                        travellerColumns.add(new TravellerColumn(c, attribute.group(1),
                                column.label().isBlank() ? attribute.group(1) : column.label()));
                    }
                }
            }
        }

        /** "$s:Score..." names what the bounds test: "score". */
        private static String objectName(String objectType) {
            Matcher m = OBJECT_NAME.matcher(objectType);
            if (!m.find()) {
                return "value";
            }
            String type = m.group(1);
            return type.equals("Measure") ? "value" : Character.toLowerCase(type.charAt(0)) + type.substring(1);
        }

        private Band band(int index, List<String> row) {
            String rule = rule(index);
            Double low = bound(index, row, lowColumn, Double.NEGATIVE_INFINITY);
            Double high = bound(index, row, highColumn, Double.POSITIVE_INFINITY);
            if (low == null || high == null) {
                return null;
            }
            return new Band(index, rule, low, lowInclusive, high, highInclusive);
        }

        private Double bound(int index, List<String> row, int column, double open) {
            if (column < 0 || row.get(column).isBlank()) {
                return open;
            }
            String text = row.get(column).strip();
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problems.add(new CoverageProblem(file, grid.name(), "unreadable", null, Map.of(), null, false, null,
                        false, List.of(grid.lineOfRow(index)), List.of(rule(index)),
                        "row '" + rule(index) + "': the bound '" + text + "' in column '"
                                + grid.columns().get(column).label() + "' is not a number"));
                return null;
            }
        }

        private String rule(int index) {
            String name = nameColumn < 0 ? "" : grid.rows().get(index).get(nameColumn).strip();
            return name.isEmpty() ? "row " + grid.lineOfRow(index) : name;
        }

        private void analyseTravellerValues(String indicator, List<Band> bands) {
            List<TravellerColumn> used = travellerColumns.stream()
                    .filter(c -> bands.stream().anyMatch(b -> !grid.rows().get(b.index()).get(c.index()).isBlank()))
                    .toList();
            List<Map<String, String>> combinations = new ArrayList<>();
            combinations.add(new LinkedHashMap<>());
            for (TravellerColumn column : used) {
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> partial : combinations) {
                    for (String value : valuesOf(column, bands)) {
                        Map<String, String> extended = new LinkedHashMap<>(partial);
                        extended.put(column.label(), value);
                        next.add(extended);
                    }
                }
                combinations = next;
            }
            for (Map<String, String> persona : combinations) {
                List<Band> applicable = bands.stream().filter(b -> applies(b, used, persona)).toList();
                analyseBands(indicator, persona, applicable);
            }
        }

        private Set<String> valuesOf(TravellerColumn column, List<Band> bands) {
            Set<String> values = new LinkedHashSet<>(TRAVELLER_VALUES.getOrDefault(column.attribute(), List.of()));
            for (Band band : bands) {
                values.addAll(listed(grid.rows().get(band.index()).get(column.index())));
            }
            return values;
        }

        private static List<String> listed(String cell) {
            return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private boolean applies(Band band, List<TravellerColumn> columns, Map<String, String> persona) {
            for (TravellerColumn column : columns) {
                String cell = grid.rows().get(band.index()).get(column.index());
                if (!cell.isBlank() && !listed(cell).contains(persona.get(column.label()))) {
                    return false;
                }
            }
            return true;
        }

        private void analyseBands(String indicator, Map<String, String> persona, List<Band> bands) {
            String who = persona.isEmpty() ? "" : " for " + describe(persona);
            if (bands.isEmpty()) {
                problems.add(new CoverageProblem(file, grid.name(), "gap", indicator, persona, null, false, null, false,
                        List.of(), List.of(), "no row covers " + indicator + who));
                return;
            }
            TreeSet<Double> endpoints = new TreeSet<>();
            for (Band band : bands) {
                if (Double.isFinite(band.low())) {
                    endpoints.add(band.low());
                }
                if (Double.isFinite(band.high())) {
                    endpoints.add(band.high());
                }
            }
            double hullLow = bands.stream().mapToDouble(Band::low).min().orElseThrow();
            double hullHigh = bands.stream().mapToDouble(Band::high).max().orElseThrow();
            List<Probe> probes = probes(endpoints, hullLow, hullHigh);
            List<Probe> run = new ArrayList<>();
            List<Band> runCover = null;
            for (Probe probe : probes) {
                List<Band> cover = bands.stream().filter(b -> b.contains(probe.value())).toList();
                boolean inside = probe.value() > hullLow && probe.value() < hullHigh;
                boolean problem = cover.size() > 1 || cover.isEmpty() && inside;
                if (problem && runCover != null && sameRows(cover, runCover)) {
                    run.add(probe);
                    continue;
                }
                report(indicator, persona, who, run, runCover, bands);
                run = new ArrayList<>();
                runCover = problem ? cover : null;
                if (problem) {
                    run.add(probe);
                }
            }
            report(indicator, persona, who, run, runCover, bands);
        }

        private static boolean sameRows(List<Band> a, List<Band> b) {
            return a.stream().map(Band::index).toList().equals(b.stream().map(Band::index).toList());
        }

        private static List<Probe> probes(TreeSet<Double> endpoints, double hullLow, double hullHigh) {
            List<Probe> probes = new ArrayList<>();
            if (endpoints.isEmpty()) {
                probes.add(new Probe(0, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
                return probes;
            }
            List<Double> sorted = new ArrayList<>(endpoints);
            if (hullLow == Double.NEGATIVE_INFINITY) {
                probes.add(new Probe(sorted.get(0) - 1, false, Double.NEGATIVE_INFINITY, sorted.get(0)));
            }
            for (int i = 0; i < sorted.size(); i++) {
                double e = sorted.get(i);
                probes.add(new Probe(e, true, e, e));
                if (i + 1 < sorted.size()) {
                    double next = sorted.get(i + 1);
                    probes.add(new Probe(e + (next - e) / 2, false, e, next));
                }
            }
            if (hullHigh == Double.POSITIVE_INFINITY) {
                double last = sorted.get(sorted.size() - 1);
                probes.add(new Probe(last + 1, false, last, Double.POSITIVE_INFINITY));
            }
            return probes;
        }

        private void report(String indicator, Map<String, String> persona, String who, List<Probe> run,
                            List<Band> cover, List<Band> bands) {
            if (run.isEmpty() || cover == null) {
                return;
            }
            Probe first = run.get(0);
            Probe last = run.get(run.size() - 1);
            double from = first.endpoint() ? first.value() : first.left();
            boolean fromInclusive = first.endpoint();
            double to = last.endpoint() ? last.value() : last.right();
            boolean toInclusive = last.endpoint();
            String range = range(from, fromInclusive, to, toInclusive);
            List<Band> involved;
            String message;
            if (cover.isEmpty()) {
                involved = bands.stream().filter(b -> b.high() == from || b.low() == to).toList();
                message = "gap: no row covers " + indicator + " " + range + who
                        + (involved.isEmpty() ? "" : " (between " + names(involved) + ")");
            } else {
                involved = cover;
                message = "overlap: " + names(cover) + " all cover " + indicator + " " + range + who;
            }
            problems.add(new CoverageProblem(file, grid.name(), cover.isEmpty() ? "gap" : "overlap", indicator, persona,
                    Double.isFinite(from) ? from : null, fromInclusive, Double.isFinite(to) ? to : null, toInclusive,
                    involved.stream().map(b -> grid.lineOfRow(b.index())).toList(),
                    involved.stream().map(Band::rule).toList(), message));
        }

        private String names(List<Band> bands) {
            return String.join(" and ", bands.stream()
                    .map(b -> "row " + grid.lineOfRow(b.index()) + " '" + b.rule() + "'").toList());
        }

        private static String describe(Map<String, String> persona) {
            StringBuilder text = new StringBuilder();
            persona.forEach((label, value) -> text.append(text.isEmpty() ? "" : ", ").append(label).append(" = ").append(value));
            return text.toString();
        }

        private static String range(double from, boolean fromInclusive, double to, boolean toInclusive) {
            if (from == to) {
                return "= " + number(from);
            }
            return "from " + number(from) + (fromInclusive ? " (inclusive)" : " (exclusive)") + " to " + number(to)
                    + (toInclusive ? " (inclusive)" : " (exclusive)");
        }

        private static String number(double value) {
            if (!Double.isFinite(value)) {
                return value > 0 ? "infinity" : "minus infinity";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
