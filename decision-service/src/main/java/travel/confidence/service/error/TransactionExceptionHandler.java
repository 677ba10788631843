package travel.confidence.service.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import travel.confidence.api.error.ErrorResponse;

/** A transaction that could not begin or end (typically: no connection to the store): see {@link RelationalStoreFailures}. */
@Produces
@Singleton
class TransactionExceptionHandler implements ExceptionHandler<TransactionException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, TransactionException exception) {
        return RelationalStoreFailures.answer(request, exception);
    }
}
