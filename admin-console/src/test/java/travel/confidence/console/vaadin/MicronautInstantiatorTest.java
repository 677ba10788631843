package travel.confidence.console.vaadin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicronautInstantiatorTest {

    private ApplicationContext beans;
    private MicronautInstantiator instantiator;

    @BeforeEach
    void startBeanContext() {
        beans = ApplicationContext.run();
        VaadinService service = mock(VaadinService.class);
        when(service.getContext()).thenReturn(mock(VaadinContext.class));
        when(service.getClassLoader()).thenReturn(getClass().getClassLoader());
        instantiator = new MicronautInstantiator(service, beans);
    }

    @AfterEach
    void stopBeanContext() {
        beans.close();
    }

    @Test
    void a_view_that_is_a_bean_gets_its_dependencies_injected() {
        GreetingView view = instantiator.createComponent(GreetingView.class);

        assertThat(view.greeter).isSameAs(beans.getBean(Greeter.class));
        assertThat(view.getText()).isEqualTo("Hello, console");
    }

    @Test
    void every_navigation_gets_a_fresh_prototype_view() {
        GreetingView first = instantiator.createRouteTarget(GreetingView.class, null);
        GreetingView second = instantiator.createRouteTarget(GreetingView.class, null);

        assertThat(first).isNotSameAs(second);
    }

    @Test
    void a_component_that_is_no_bean_is_still_created_by_vaadin() {
        PlainComponent component = instantiator.createComponent(PlainComponent.class);

        assertThat(component.getText()).isEqualTo("plain");
    }

    @Test
    void service_init_listeners_that_are_beans_reach_vaadin() {
        assertThat(instantiator.getServiceInitListeners())
                .extracting(VaadinServiceInitListener::getClass)
                .extracting(Class::getSimpleName)
                .contains("ErrorHandlerInstaller");
    }
}
