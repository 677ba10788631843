package travel.confidence.data.advisory;

import org.bson.Document;

/** An imported advisory as it is kept in the external data cache, and back. */
final class AdvisoryDocuments {

    private AdvisoryDocuments() {
    }

    static Document toDocument(AdvisoryLevel a) {
        return new Document("government", a.government()).append("level", a.level()).append("title", a.title())
                .append("link", a.link()).append("published", a.published());
    }

    static AdvisoryLevel fromDocument(String destinationId, Document d) {
        return new AdvisoryLevel(destinationId, d.getString("government"), d.getInteger("level"), d.getString("title"),
                d.getString("link"), d.getString("published"));
    }
}
