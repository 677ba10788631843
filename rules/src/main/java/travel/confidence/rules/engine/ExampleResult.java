package travel.confidence.rules.engine;

/** The outcome of one example of a rule set: passed, or what came out instead of what was expected. */
public record ExampleResult(String file, int row, String example, boolean passed, String message) {
}
