package travel.confidence.console.decisionservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.exceptions.HttpClientException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionServiceClientTest {

    private static final String SERVICE_URL = "micronaut.http.services.decision-service.url";

    @Test
    void the_first_destinations_are_read_from_the_service_response() throws IOException {
        try (RecordedDecisionService service = RecordedDecisionService.answeringDestinationsWith(
                "first-five-destinations.json");
             ApplicationContext beans = ApplicationContext.run(Map.of(SERVICE_URL, service.url().toString()))) {

            DestinationPage page = beans.getBean(DecisionServiceClient.class).destinations(5);

            assertThat(service.queries).containsExactly("size=5");
            assertThat(page.total()).isEqualTo(250);
            assertThat(page.size()).isEqualTo(5);
            assertThat(page.items()).extracting(DestinationSummary::name)
                    .containsExactly("Andorra", "United Arab Emirates", "Afghanistan", "Antigua and Barbuda",
                            "Anguilla");
            assertThat(page.items().get(0)).isEqualTo(
                    new DestinationSummary("AD", "Andorra", "Europe", "Southern Europe", true, 7));
        }
    }

    @Test
    void a_service_that_is_down_surfaces_as_an_http_client_exception() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (ApplicationContext beans = ApplicationContext.run(Map.of(SERVICE_URL,
                "http://127.0.0.1:" + closedPort))) {
            DecisionServiceClient client = beans.getBean(DecisionServiceClient.class);

            assertThatThrownBy(() -> client.destinations(5)).isInstanceOf(HttpClientException.class);
        }
    }

    @Test
    void without_configuration_the_client_talks_to_the_service_on_its_default_port() {
        try (ApplicationContext beans = ApplicationContext.run()) {
            assertThat(beans.getProperty(SERVICE_URL, String.class)).contains("http://localhost:8080");
        }
    }
}
