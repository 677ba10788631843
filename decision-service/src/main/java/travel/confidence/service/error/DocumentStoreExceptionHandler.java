package travel.confidence.service.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import travel.confidence.api.error.ErrorResponse;
import travel.confidence.data.mongo.DocumentStoreException;

/** The document store failing under a request that has no fallback is a retryable 503, never a 500. */
@Produces
@Singleton
class DocumentStoreExceptionHandler implements ExceptionHandler<DocumentStoreException, HttpResponse<ErrorResponse>> {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentStoreExceptionHandler.class);

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, DocumentStoreException exception) {
        LOG.warn("Document store unavailable on {} {}: {}", request.getMethodName(), request.getPath(),
                exception.getCause() == null ? exception.getMessage() : exception.getCause().toString());
        return ErrorResponses.of(new StoreUnavailableException(
                "Our data store is not available just now; nothing was saved. Please try again shortly.", exception));
    }
}
