package travel.confidence.rules.check;

/**
 * The outcome of checking one of the seed's correctness properties against a rule set with generated inputs.
 *
 * @param property       the seed's property number
 * @param examples       how many generated inputs were tried (up to the first that broke the property)
 * @param counterexample the input that broke it and what came out, or null when the property held
 */
public record PropertyResult(int property, String name, int examples, boolean passed, String counterexample) {
}
