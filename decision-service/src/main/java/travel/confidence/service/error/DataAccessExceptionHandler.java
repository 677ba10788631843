package travel.confidence.service.error;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import travel.confidence.api.error.ErrorResponse;

/** A repository call failing under a request: see {@link RelationalStoreFailures}. */
@Produces
@Singleton
class DataAccessExceptionHandler implements ExceptionHandler<DataAccessException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, DataAccessException exception) {
        return RelationalStoreFailures.answer(request, exception);
    }
}
