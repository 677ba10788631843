package travel.confidence.data.external;

/**
 * A live source could not give us usable data: it timed out, answered with an error status, could not be
 * reached, or sent a payload we cannot read. The message names the source and says which.
 */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message) {
        super(message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
