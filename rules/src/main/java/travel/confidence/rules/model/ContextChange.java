package travel.confidence.rules.model;

/** A context rule's request to move the score by {@code points} (negative lowers it), before clamping. */
record ContextChange(String factor, int pointsTenths, String reason, String rule) {
}
