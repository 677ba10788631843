package travel.confidence.api.error;

/** The stable error codes the service uses; clients may switch on them. */
public final class ErrorCodes {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String DESTINATION_NOT_FOUND = "DESTINATION_NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String CONFLICT = "CONFLICT";
    public static final String TRIP_MODE_INACTIVE = "TRIP_MODE_INACTIVE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String CALCULATION_TIMEOUT = "CALCULATION_TIMEOUT";
    public static final String EXTERNAL_API_FAILURE = "EXTERNAL_API_FAILURE";
    public static final String STORE_UNAVAILABLE = "STORE_UNAVAILABLE";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }
}
