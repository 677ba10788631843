package travel.confidence.rules.engine;

/** The rules could not reach a decision (a rule threw, or no badge row matched the score). */
public final class DecisionFailedException extends RuntimeException {

    public DecisionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DecisionFailedException(String message) {
        super(message);
    }
}
