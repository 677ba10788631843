package travel.confidence.data.mongo;

/** The document store could not take or give back data just now; the same call may succeed later. */
public class DocumentStoreException extends RuntimeException {

    public DocumentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
