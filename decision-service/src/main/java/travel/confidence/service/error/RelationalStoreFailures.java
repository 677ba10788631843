package travel.confidence.service.error;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorCodes;
import travel.confidence.api.error.ErrorResponse;

/**
 * What a failure of the relational store under a request means to the caller, whichever layer reported it
 * (repository, transaction, connection): the store being out of reach is a retryable 503, nothing was saved; a
 * concurrent change is a 409; anything else is a fault of ours, a 500 that says nothing more. Endpoints that have
 * a fallback (scoring without the stored profile) catch the failure themselves and never get here.
 */
final class RelationalStoreFailures {

    private static final Logger LOG = LoggerFactory.getLogger(RelationalStoreFailures.class);

    private RelationalStoreFailures() {
    }

    static HttpResponse<ErrorResponse> answer(HttpRequest<?> request, RuntimeException failure) {
        if (failure instanceof OptimisticLockException) {
            return ErrorResponses.of(new ConflictException("It was changed at the same time; read it again and retry",
                    Map.of(), true));
        }
        if (outOfReach(failure)) {
            LOG.warn("Relational store unavailable on {} {}: {}", request.getMethodName(), request.getPath(), rootCause(failure));
            return ErrorResponses.of(new StoreUnavailableException(
                    "Our data store is not available just now; nothing was saved. Please try again shortly.", failure));
        }
        LOG.error("Relational store failed on {} {}", request.getMethodName(), request.getPath(), failure);
        return ErrorResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                "Something went wrong on our side; please try again", Map.of(), true);
    }

    /** The store could not be reached or gave up on us: connection refused or lost, pool exhausted, shutting down. */
    static boolean outOfReach(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                    || sql.getSQLState().startsWith("53"))) {
                return true; // connection exception, operator intervention (shutdown), insufficient resources
            }
            if (t.getClass().getName().startsWith("io.micronaut.transaction.exceptions.CannotCreateTransaction")
                    || t.getClass().getName().startsWith("io.micronaut.data.connection.exceptions")
                    || t.getClass().getName().startsWith("io.micronaut.data.connection.jdbc.exceptions")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
