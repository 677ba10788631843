package travel.confidence.rules.engine;

/**
 * One thing wrong with a rule set, located as precisely as we can: the file, the line (of a DRL file) or
 * row (of a decision table, 1-based as a spreadsheet shows it), and the rule's name when known.
 */
public record RuleProblem(String file, Integer line, String rule, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line != null) {
            text.append(':').append(line);
        }
        if (rule != null) {
            text.append(" (rule '").append(rule).append("')");
        }
        return text.append(": ").append(message).toString();
    }
}
