package travel.confidence.data.weather;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import travel.confidence.data.external.SourceUnavailableException;

/**
 * Reads Open-Meteo's forecast JSON ({@code /v1/forecast} with {@code daily=weather_code,temperature_2m_max,
 * temperature_2m_min,precipitation_sum}): parallel arrays under {@code daily}, one entry per day, null where
 * a value is missing. Anything else (an error object, arrays of different lengths, a date that is not a date)
 * is a malformed payload.
 */
final class OpenMeteoForecastParser {

    private final JsonMapper json;

    OpenMeteoForecastParser(JsonMapper json) {
        this.json = json;
    }

    Forecast parse(String body) {
        JsonNode root;
        try {
            root = json.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw malformed("not a JSON object");
        }
        if (root.get("error") != null && root.get("error").isBoolean() && root.get("error").getBooleanValue()) {
            JsonNode reason = root.get("reason");
            throw new SourceUnavailableException(OpenMeteoSettings.SOURCE + " rejected the request: "
                    + (reason == null ? "no reason given" : reason.coerceStringValue()));
        }
        JsonNode daily = root.get("daily");
        if (daily == null || !daily.isObject()) {
            throw malformed("no daily forecast");
        }
        JsonNode time = array(daily, "time");
        JsonNode codes = array(daily, "weather_code");
        JsonNode max = array(daily, "temperature_2m_max");
        JsonNode min = array(daily, "temperature_2m_min");
        JsonNode precipitation = array(daily, "precipitation_sum");
        int days = time.size();
        for (JsonNode column : List.of(codes, max, min, precipitation)) {
            if (column.size() != days) {
                throw malformed("daily arrays of different lengths");
            }
        }
        List<ForecastDay> forecast = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            forecast.add(new ForecastDay(date(time.get(i)), integer(codes.get(i)), number(max.get(i)),
                    number(min.get(i)), number(precipitation.get(i))));
        }
        String timezone = root.get("timezone") == null ? "GMT" : root.get("timezone").coerceStringValue();
        return new Forecast(number(root.get("latitude"), "latitude"), number(root.get("longitude"), "longitude"),
                timezone, forecast);
    }

    private static JsonNode array(JsonNode daily, String name) {
        JsonNode node = daily.get(name);
        if (node == null || !node.isArray()) {
            throw malformed("no daily " + name);
        }
        return node;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isString()) {
            throw malformed("a day without a date");
        }
        try {
            return LocalDate.parse(node.getStringValue());
        } catch (DateTimeParseException e) {
            throw malformed("'" + node.getStringValue() + "' is not a date");
        }
    }

    private static Integer integer(JsonNode node) {
        Double value = number(node);
        return value == null ? null : (int) Math.round(value);
    }

    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw malformed("'" + node.coerceStringValue() + "' where a number belongs");
        }
        return node.getNumberValue().doubleValue();
    }

    private static double number(JsonNode node, String name) {
        Double value = number(node);
        if (value == null) {
            throw malformed("no " + name);
        }
        return value;
    }

    private static SourceUnavailableException malformed(String what) {
        return new SourceUnavailableException(OpenMeteoSettings.SOURCE + " sent a malformed payload: " + what);
    }
}
