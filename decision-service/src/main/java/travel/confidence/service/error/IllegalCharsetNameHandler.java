package travel.confidence.service.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.nio.charset.IllegalCharsetNameException;
import travel.confidence.api.error.ErrorResponse;

/** See {@link UnknownCharset}. */
@Produces
@Singleton
class IllegalCharsetNameHandler implements ExceptionHandler<IllegalCharsetNameException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, IllegalCharsetNameException exception) {
        return UnknownCharset.answer();
    }
}
