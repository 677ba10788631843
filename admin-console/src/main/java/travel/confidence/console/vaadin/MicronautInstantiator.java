package travel.confidence.console.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import java.util.stream.Stream;

/**
 * Creates what the bean context knows (views are {@code @Prototype} beans, so every navigation gets a fresh
 * one with its dependencies injected) and leaves the rest (Vaadin's own error views, plain components) to
 * Vaadin's reflection-based default.
 */
final class MicronautInstantiator extends DefaultInstantiator {

    // Vaadin asks for the instantiator to be serialisable; the bean context lives as long as the server.
    private final transient ApplicationContext beans;

    MicronautInstantiator(VaadinService service, ApplicationContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return beans.findBean(type).orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return getOrCreate(componentClass);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                beans.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
