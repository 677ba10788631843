package travel.confidence.data.preference;

import com.mongodb.MongoException;
import java.util.function.Supplier;
import travel.confidence.data.mongo.DocumentStoreException;

/** Turns the driver's failures into the one exception callers of these stores handle. */
final class Guarded {

    private Guarded() {
    }

    static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (MongoException e) {
            throw new DocumentStoreException("could not " + what, e);
        }
    }

    static void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }
}
