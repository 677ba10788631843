package travel.confidence.service.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads one top-level field of a JSON body without binding the whole of it. A body that names the field twice
 * is {@link Found#DUPLICATE}: JSON readers disagree on which one wins, so the guard and the controller could
 * otherwise see two different users.
 */
final class BodyField {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The outcome: a value, no such field, the field twice or not a plain value, or no JSON object at all. */
    record Found(Kind kind, String value) {

        enum Kind { VALUE, ABSENT, DUPLICATE, NOT_A_VALUE, UNREADABLE }

        static final Found ABSENT = new Found(Kind.ABSENT, null);
        static final Found UNREADABLE = new Found(Kind.UNREADABLE, null);
        static final Found DUPLICATE = new Found(Kind.DUPLICATE, null);
        static final Found NOT_A_VALUE = new Found(Kind.NOT_A_VALUE, null);
    }

    private BodyField() {
    }

    static Found read(String body, String field) {
        if (body == null || body.isBlank()) {
            return Found.UNREADABLE;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Found.UNREADABLE;
            }
            Found found = Found.ABSENT;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                boolean wanted = field.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted) {
                    if (found != Found.ABSENT) {
                        return Found.DUPLICATE;
                    }
                    found = value.isScalarValue() && value != JsonToken.VALUE_NULL
                            ? new Found(Found.Kind.VALUE, parser.getText()) : Found.NOT_A_VALUE;
                }
                parser.skipChildren();
            }
            return token == JsonToken.END_OBJECT && parser.nextToken() == null ? found : Found.UNREADABLE;
        } catch (IOException | RuntimeException e) {
            return Found.UNREADABLE;
        }
    }
}
