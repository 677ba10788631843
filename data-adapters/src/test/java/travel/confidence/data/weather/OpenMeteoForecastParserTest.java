package travel.confidence.data.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import travel.confidence.data.external.SourceUnavailableException;

class OpenMeteoForecastParserTest {

    private final OpenMeteoForecastParser parser = new OpenMeteoForecastParser(JsonMapper.createDefault());

    private static String recorded(String name) throws IOException {
        try (InputStream in = OpenMeteoForecastParserTest.class.getClassLoader().getResourceAsStream("openmeteo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_recorded_forecast_reads_as_sixteen_days_with_its_severe_ones() throws IOException {
        Forecast forecast = parser.parse(recorded("forecast-tokyo.json"));

        assertThat(forecast.timezone()).isEqualTo("Asia/Tokyo");
        assertThat(forecast.days()).hasSize(16);
        assertThat(forecast.days().get(0)).isEqualTo(new ForecastDay(LocalDate.of(2026, 4, 20), 3, 19.8, 12.1, 0.0));
        assertThat(forecast.lastDay()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(forecast.days().get(15).weatherCode()).as("a day the model has no value for").isNull();
        assertThat(forecast.days()).filteredOn(d -> d.severity().isPresent())
                .extracting(ForecastDay::date, d -> d.severity().get())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 27), "thunderstorms"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 28), "heavy rain"));
        assertThat(forecast.between(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 28))).hasSize(3);
    }

    @Test
    void extreme_temperatures_count_as_severe_whatever_the_weather_code() {
        assertThat(new ForecastDay(LocalDate.of(2026, 7, 1), 0, 41.2, 29.0, 0.0).severity()).contains("extreme heat (41 °C)");
        assertThat(new ForecastDay(LocalDate.of(2026, 1, 9), 3, -18.0, -31.4, 0.0).severity()).contains("extreme cold (-31 °C)");
        assertThat(new ForecastDay(LocalDate.of(2026, 7, 1), 63, 39.9, 24.0, 12.0).severity()).isEmpty();
    }

    @Test
    void an_error_object_is_reported_with_the_apis_reason() {
        assertThatThrownBy(() -> parser.parse(recorded("error-invalid-variable.json")))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("rejected the request: Cannot initialize WeatherVariable");
    }

    @Test
    void a_truncated_or_uneven_payload_is_malformed() {
        assertThatThrownBy(() -> parser.parse(recorded("malformed-truncated.json")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("malformed payload: not JSON");
        assertThatThrownBy(() -> parser.parse(recorded("malformed-uneven.json")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("daily arrays of different lengths");
        assertThatThrownBy(() -> parser.parse("{\"daily\":{\"time\":[\"soon\"],\"weather_code\":[1],"
                + "\"temperature_2m_max\":[1],\"temperature_2m_min\":[1],\"precipitation_sum\":[1]},\"latitude\":1,\"longitude\":1}"))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("'soon' is not a date");
    }
}
