package travel.confidence.console.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import io.micronaut.context.ApplicationContext;
import travel.confidence.console.server.ConsoleServer;

/**
 * Found by Vaadin's lookup through the class-path scan (it must be public with a no-argument constructor).
 * Answers only when the web application carries a bean context, so Vaadin's default stays in charge anywhere
 * else.
 */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        if (!(service.getContext() instanceof VaadinServletContext servletContext)) {
            return null;
        }
        Object beans = servletContext.getContext().getAttribute(ConsoleServer.BEAN_CONTEXT_ATTRIBUTE);
        return beans instanceof ApplicationContext context ? new MicronautInstantiator(service, context) : null;
    }
}
