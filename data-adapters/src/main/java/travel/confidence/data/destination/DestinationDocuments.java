package travel.confidence.data.destination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Maps destination records to and from their MongoDB documents, field by field. */
final class DestinationDocuments {

    private DestinationDocuments() {
    }

    static Document toDocument(DestinationRecord r) {
        Document indicators = new Document();
        r.indicators().forEach((key, v) -> indicators.append(key,
                new Document("value", v.value()).append("source", v.source()).append("asOf", v.asOf())));
        List<Document> advisories = r.advisories().stream().map(a -> new Document("government", a.government())
                .append("level", a.level()).append("text", a.text()).append("updated", a.updated())).toList();
        List<Document> climate = r.climate().stream().map(m -> new Document("month", m.month())
                .append("meanTempC", m.meanTempC()).append("meanTempSdC", m.meanTempSdC())
                .append("minTempC", m.minTempC()).append("maxTempC", m.maxTempC())
                .append("precipMm", m.precipMm()).append("precipSdMm", m.precipSdMm())).toList();
        Document languages = new Document("official", r.officialLanguages())
                .append("speakersPct", new Document(new LinkedHashMap<>(r.languageSpeakersPct())))
                .append("source", r.languageSource()).append("asOf", r.languageAsOf());
        Document doc = new Document("_id", r.id()).append("iso3", r.iso3()).append("name", r.name())
                .append("officialName", r.officialName()).append("region", r.region())
                .append("subregion", r.subregion()).append("unMember", r.unMember())
                .append("capitals", r.capitals()).append("latitude", r.latitude()).append("longitude", r.longitude())
                .append("languages", languages).append("indicators", indicators).append("advisories", advisories)
                .append("climate", new Document("months", climate).append("source", r.climateSource())
                        .append("asOf", r.climateAsOf()));
        if (r.capital() != null) {
            doc.append("capital", new Document("name", r.capital().name()).append("latitude", r.capital().latitude())
                    .append("longitude", r.capital().longitude()));
        }
        if (r.emergency() != null) {
            EmergencyNumbers e = r.emergency();
            doc.append("emergency", new Document("police", e.police()).append("ambulance", e.ambulance())
                    .append("fire", e.fire()).append("allServices", e.allServices()).append("general", e.general())
                    .append("source", e.source()).append("asOf", e.asOf()));
        }
        return doc;
    }

    static DestinationRecord fromDocument(Document d) {
        Map<String, SourcedValue> indicators = new LinkedHashMap<>();
        Document indicatorDoc = d.get("indicators", Document.class);
        indicatorDoc.forEach((key, value) -> {
            Document v = (Document) value;
            indicators.put(key, new SourcedValue(number(v, "value"), v.getString("source"), v.getString("asOf")));
        });
        List<Advisory> advisories = new ArrayList<>();
        for (Document a : d.getList("advisories", Document.class)) {
            advisories.add(new Advisory(a.getString("government"), a.getInteger("level"), a.getString("text"),
                    a.getString("updated")));
        }
        Document climateDoc = d.get("climate", Document.class);
        List<MonthClimate> months = new ArrayList<>();
        for (Document m : climateDoc.getList("months", Document.class)) {
            months.add(new MonthClimate(m.getInteger("month"), nullableNumber(m, "meanTempC"),
                    nullableNumber(m, "meanTempSdC"), nullableNumber(m, "minTempC"), nullableNumber(m, "maxTempC"),
                    nullableNumber(m, "precipMm"), nullableNumber(m, "precipSdMm")));
        }
        Document languages = d.get("languages", Document.class);
        Map<String, Double> speakers = new LinkedHashMap<>();
        languages.get("speakersPct", Document.class).forEach((k, v) -> speakers.put(k, ((Number) v).doubleValue()));
        Document capitalDoc = d.get("capital", Document.class);
        Place capital = capitalDoc == null ? null : new Place(capitalDoc.getString("name"),
                number(capitalDoc, "latitude"), number(capitalDoc, "longitude"));
        Document e = d.get("emergency", Document.class);
        EmergencyNumbers emergency = e == null ? null : new EmergencyNumbers(e.getString("police"),
                e.getString("ambulance"), e.getString("fire"), e.getString("allServices"), e.getString("general"),
                e.getString("source"), e.getString("asOf"));
        return new DestinationRecord(d.getString("_id"), d.getString("iso3"), d.getString("name"),
                d.getString("officialName"), d.getString("region"), d.getString("subregion"),
                Boolean.TRUE.equals(d.getBoolean("unMember")), d.getList("capitals", String.class), capital,
                nullableNumber(d, "latitude"), nullableNumber(d, "longitude"),
                languages.getList("official", String.class), speakers, languages.getString("source"),
                languages.getString("asOf"), indicators, advisories, months, climateDoc.getString("source"),
                climateDoc.getString("asOf"), emergency);
    }

    private static double number(Document d, String key) {
        return ((Number) d.get(key)).doubleValue();
    }

    private static Double nullableNumber(Document d, String key) {
        Object value = d.get(key);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
