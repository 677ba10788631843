package travel.confidence.service.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.core.annotation.Nullable;
import travel.confidence.api.assistant.AssistantResponse;

/** Travellers on a trip, as a frontend drives them: trip mode switched on, questions asked over HTTP. */
public final class Travellers {

    private final JsonHttp http;
    private final JsonMapper json;

    public Travellers(JsonHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Switches trip mode on for the user, travelling in the destination. */
    public void onTrip(String userId, String destination) {
        JsonHttp.Reply reply = http.post("/api/assistant/trip-mode", """
                {"userId":"%s","tripId":"trip-of-%s","isActive":true,"currentDestination":"%s"}"""
                .formatted(userId, userId, destination));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    public void offTrip(String userId) {
        JsonHttp.Reply reply = http.post("/api/assistant/trip-mode", """
                {"userId":"%s","tripId":"trip-of-%s","isActive":false}""".formatted(userId, userId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** The raw reply to a question; {@code location} is "lat,lng" or null. */
    public JsonHttp.Reply ask(String userId, String destination, String language, String query, @Nullable String location,
                              @Nullable String conversationId) {
        String at = location == null ? "" : ",\"currentLocation\":{\"latitude\":%s,\"longitude\":%s}"
                .formatted(location.split(",")[0].strip(), location.split(",")[1].strip());
        String conversation = conversationId == null ? "" : ",\"conversationId\":\"" + conversationId + "\"";
        return http.post("/api/assistant/query", """
                {"userId":"%s","tripId":"trip-of-%s","query":%s,"context":{"currentDestination":"%s","language":"%s"%s}%s}"""
                .formatted(userId, userId, quoted(query), destination, language, at, conversation));
    }

    /** The answer to a question that must succeed. */
    public AssistantResponse answer(String userId, String destination, String language, String query,
                                    @Nullable String location, @Nullable String conversationId) {
        JsonHttp.Reply reply = ask(userId, destination, language, query, location, conversationId);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.as(json, AssistantResponse.class);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
