package travel.confidence.console.error;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user reads when something fails, and the log line an operator finds it by. Looks through the
 * cause chain because the bean context and Vaadin wrap what the decision-service client throws.
 *
 * @param text       the sentence shown
 * @param reference  the short id in both the log and the sentence for unexpected failures
 * @param httpStatus the status an error page answers with
 */
record PlainMessage(String text, String reference, int httpStatus) {

    private static final Logger LOG = LoggerFactory.getLogger(PlainMessage.class);

    static final String SERVICE_UNREACHABLE =
            "The decision service is not reachable right now. Please check that it is running and try again.";
    static final String SERVICE_FAILED =
            "The decision service could not answer this request. Please try again in a moment.";

    /** Logs the failure once, with its reference, and returns what to show. */
    static PlainMessage loggedFor(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Optional<HttpClientResponseException> refused = causeOfType(failure, HttpClientResponseException.class);
        if (refused.isPresent()) {
            LOG.warn("[{}] The decision service answered {}: {}", reference, refused.get().getStatus().getCode(),
                    refused.get().getMessage());
            return new PlainMessage(SERVICE_FAILED, reference, 502);
        }
        Optional<HttpClientException> unreachable = causeOfType(failure, HttpClientException.class);
        if (unreachable.isPresent()) {
            LOG.warn("[{}] The decision service is unreachable: {} ({})", reference, unreachable.get().getMessage(),
                    rootCause(unreachable.get()));
            return new PlainMessage(SERVICE_UNREACHABLE, reference, 503);
        }
        LOG.error("[{}] Unexpected failure in the console", reference, failure);
        return new PlainMessage("Something went wrong. Please try again; if it keeps happening, tell the "
                + "administrator reference " + reference + ".", reference, 500);
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
