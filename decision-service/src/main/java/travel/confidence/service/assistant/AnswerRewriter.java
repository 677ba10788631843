package travel.confidence.service.assistant;

import java.time.Duration;
import java.util.Optional;

/**
 * Rephrases the rules' answer in free form (a language model), always grounded on it: the rules' answer and
 * its data are the only facts it may use. Optional: without one, the rules' answer is served as it is.
 */
interface AnswerRewriter {

    /**
     * The rephrased answer, or empty to serve the rules' answer: on a timeout, an error, or an answer that
     * states a number the facts do not hold. Never waits longer than {@code budget}.
     */
    Optional<String> rewrite(Grounding grounding, Duration budget);
}
