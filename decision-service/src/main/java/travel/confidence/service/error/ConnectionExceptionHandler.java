package travel.confidence.service.error;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import travel.confidence.api.error.ErrorResponse;

/** No connection to the relational store could be had: see {@link RelationalStoreFailures}. */
@Produces
@Singleton
class ConnectionExceptionHandler implements ExceptionHandler<ConnectionException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, ConnectionException exception) {
        return RelationalStoreFailures.answer(request, exception);
    }
}
