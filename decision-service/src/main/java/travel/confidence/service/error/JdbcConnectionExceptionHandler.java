package travel.confidence.service.error;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import travel.confidence.api.error.ErrorResponse;

/**
 * No connection could be had from the pool (the database is down or unreachable). Micronaut Data reports it with
 * an exception outside both its data-access and its connection hierarchies, so it needs a handler of its own:
 * see {@link RelationalStoreFailures}.
 */
@Produces
@Singleton
class JdbcConnectionExceptionHandler
        implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        return RelationalStoreFailures.answer(request, exception);
    }
}
