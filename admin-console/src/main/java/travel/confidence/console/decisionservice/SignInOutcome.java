package travel.confidence.console.decisionservice;

import java.time.Duration;

/** What a sign-in attempt came to: a token, a refusal of the name or password, or too many attempts for now. */
public sealed interface SignInOutcome {

    /** The service accepted the name and password. */
    record Accepted(LoginAnswer answer) implements SignInOutcome {
    }

    /** A wrong name or password (the service does not say which). */
    record Refused() implements SignInOutcome {
    }

    /** The service's sign-in limit for this address is spent; it may be tried again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignInOutcome {
    }
}
