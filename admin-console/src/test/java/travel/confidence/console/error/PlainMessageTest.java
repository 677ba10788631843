package travel.confidence.console.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.HttpResponse;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class PlainMessageTest {

    @Test
    void an_unreachable_service_is_named_plainly_even_when_wrapped() {
        HttpClientException refused = new HttpClientException("Error sending request", new ConnectException());

        PlainMessage message = PlainMessage.loggedFor(new BeanInstantiationException("HomeView", refused));

        assertThat(message.text()).isEqualTo(PlainMessage.SERVICE_UNREACHABLE);
        assertThat(message.httpStatus()).isEqualTo(503);
    }

    @Test
    void an_error_answer_from_the_service_is_not_called_unreachable() {
        HttpClientResponseException answered = new HttpClientResponseException("Internal Server Error",
                HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR));

        PlainMessage message = PlainMessage.loggedFor(answered);

        assertThat(message.text()).isEqualTo(PlainMessage.SERVICE_FAILED);
        assertThat(message.httpStatus()).isEqualTo(502);
    }

    @Test
    void anything_else_shows_a_reference_and_never_the_exception_text() {
        PlainMessage message = PlainMessage.loggedFor(new IllegalStateException("secret internals at line 42"));

        assertThat(message.httpStatus()).isEqualTo(500);
        assertThat(message.text()).contains(message.reference()).doesNotContain("secret", "IllegalState");
        assertThat(message.reference()).hasSize(8);
    }
}
