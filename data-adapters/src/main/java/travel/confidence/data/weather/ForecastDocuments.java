package travel.confidence.data.weather;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** A forecast as it is kept in the external data cache, and back. */
final class ForecastDocuments {

    private ForecastDocuments() {
    }

    static Document toDocument(Forecast forecast) {
        List<Document> days = forecast.days().stream().map(d -> new Document("date", d.date().toString())
                .append("weatherCode", d.weatherCode()).append("maxTempC", d.maxTempC())
                .append("minTempC", d.minTempC()).append("precipitationMm", d.precipitationMm())).toList();
        return new Document("latitude", forecast.latitude()).append("longitude", forecast.longitude())
                .append("timezone", forecast.timezone()).append("days", days);
    }

    static Forecast fromDocument(Document document) {
        List<ForecastDay> days = new ArrayList<>();
        for (Document d : document.getList("days", Document.class)) {
            days.add(new ForecastDay(LocalDate.parse(d.getString("date")), d.getInteger("weatherCode"),
                    number(d, "maxTempC"), number(d, "minTempC"), number(d, "precipitationMm")));
        }
        return new Forecast(number(document, "latitude"), number(document, "longitude"), document.getString("timezone"),
                days);
    }

    private static Double number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
