package travel.confidence.console.error;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.console.security.RoleRequiredException;

/**
 * What the user reads when something fails, and the log line an operator finds it by. Looks through the
 * cause chain because the bean context and Vaadin wrap what the decision-service client throws.
 *
 * <p>When the service refuses a request for a reason the user can act on (bad input, a role they lack, a
 * version that can no longer change) its own message is shown as it is: the service writes them for people.
 * A 401 means the token is no longer accepted: the user is sent back to sign in.
 *
 * @param text        the sentence shown
 * @param reference   the short id in both the log and the sentence for unexpected failures
 * @param httpStatus  the status an error page answers with
 * @param signInAgain whether the user must sign in again before anything else works
 */
record PlainMessage(String text, String reference, int httpStatus, boolean signInAgain) {

    private static final Logger LOG = LoggerFactory.getLogger(PlainMessage.class);

    static final String SERVICE_UNREACHABLE =
            "The decision service is not reachable right now. Please check that it is running and try again.";
    static final String SERVICE_FAILED =
            "The decision service could not answer this request. Please try again in a moment.";
    static final String SIGN_IN_AGAIN =
            "Your sign-in has expired or is no longer accepted. Please sign in again.";

    /** Logs the failure once, with its reference, and returns what to show. */
    static PlainMessage loggedFor(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Optional<RoleRequiredException> lacksRole = causeOfType(failure, RoleRequiredException.class);
        if (lacksRole.isPresent()) {
            LOG.info("[{}] Refused a view: {}", reference, lacksRole.get().getMessage());
            return new PlainMessage(lacksRole.get().getMessage(), reference, 403, false);
        }
        Optional<HttpClientResponseException> refused = causeOfType(failure, HttpClientResponseException.class);
        if (refused.isPresent()) {
            return answered(refused.get(), reference);
        }
        Optional<HttpClientException> unreachable = causeOfType(failure, HttpClientException.class);
        if (unreachable.isPresent()) {
            LOG.warn("[{}] The decision service is unreachable: {} ({})", reference, unreachable.get().getMessage(),
                    rootCause(unreachable.get()));
            return new PlainMessage(SERVICE_UNREACHABLE, reference, 503, false);
        }
        LOG.error("[{}] Unexpected failure in the console", reference, failure);
        return new PlainMessage("Something went wrong. Please try again; if it keeps happening, tell the "
                + "administrator reference " + reference + ".", reference, 500, false);
    }

    private static PlainMessage answered(HttpClientResponseException refused, String reference) {
        int status = refused.getStatus().getCode();
        LOG.warn("[{}] The decision service answered {}: {}", reference, status, refused.getMessage());
        if (refused.getStatus() == HttpStatus.UNAUTHORIZED) {
            return new PlainMessage(SIGN_IN_AGAIN, reference, 401, true);
        }
        Optional<String> serviceMessage = serviceMessage(refused);
        if (status >= 400 && status < 500 && serviceMessage.isPresent()) {
            return new PlainMessage(serviceMessage.get(), reference, status, false);
        }
        return new PlainMessage(SERVICE_FAILED, reference, 502, false);
    }

    /** The readable message of the service's ErrorResponse, if the answer carried one. */
    private static Optional<String> serviceMessage(HttpClientResponseException refused) {
        try {
            return refused.getResponse().getBody(ErrorResponse.class)
                    .map(ErrorResponse::error)
                    .map(error -> error.message())
                    .filter(message -> !message.isBlank());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
