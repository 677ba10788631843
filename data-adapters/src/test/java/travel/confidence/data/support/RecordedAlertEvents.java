package travel.confidence.data.support;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import travel.confidence.data.alert.AlertChanged;

/** Records every alert change the stores announce, for tests to look at. */
@Singleton
public class RecordedAlertEvents implements ApplicationEventListener<AlertChanged> {

    private final List<AlertChanged> events = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(AlertChanged event) {
        events.add(event);
    }

    public List<AlertChanged> all() {
        return List.copyOf(events);
    }
}
