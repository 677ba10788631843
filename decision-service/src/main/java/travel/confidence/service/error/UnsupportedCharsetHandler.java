package travel.confidence.service.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.nio.charset.UnsupportedCharsetException;
import travel.confidence.api.error.ErrorResponse;

/** See {@link UnknownCharset}. */
@Produces
@Singleton
class UnsupportedCharsetHandler implements ExceptionHandler<UnsupportedCharsetException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, UnsupportedCharsetException exception) {
        return UnknownCharset.answer();
    }
}
