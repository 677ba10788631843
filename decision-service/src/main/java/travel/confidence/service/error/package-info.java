/**
 * Errors: typed exceptions that carry the key (field, destination, rule), and the one place each is turned
 * into the seed's {@code ErrorResponse}. No stack trace or internal message ever leaves the service.
 */
package travel.confidence.service.error;
