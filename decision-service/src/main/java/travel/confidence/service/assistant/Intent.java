package travel.confidence.service.assistant;

import java.util.Arrays;
import java.util.Optional;

/** What a question is about: the seed's five assistant capabilities, named as its action types. */
enum Intent {
    EMERGENCY("emergency"),
    TRANSLATION("translation"),
    NAVIGATION("navigation"),
    WEATHER("weather"),
    SAFETY("safety");

    private final String wire;

    Intent(String wire) {
        this.wire = wire;
    }

    /** The seed's action type. */
    String wire() {
        return wire;
    }

    static Optional<Intent> byWire(String wire) {
        return Arrays.stream(values()).filter(i -> i.wire.equals(wire)).findFirst();
    }
}
