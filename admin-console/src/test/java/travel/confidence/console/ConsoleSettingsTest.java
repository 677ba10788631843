package travel.confidence.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleSettingsTest {

    @Test
    void the_console_listens_on_8081_on_every_interface_by_default() {
        try (ApplicationContext beans = ApplicationContext.run()) {
            ConsoleSettings settings = beans.getBean(ConsoleSettings.class);

            assertThat(settings.port()).isEqualTo(8081);
            assertThat(settings.host()).isEqualTo("0.0.0.0");
        }
    }

    @Test
    void the_port_and_host_can_be_configured() {
        try (ApplicationContext beans = ApplicationContext.run(Map.of(
                ConsoleSettings.PREFIX + ".port", 9191, ConsoleSettings.PREFIX + ".host", "127.0.0.1"))) {
            ConsoleSettings settings = beans.getBean(ConsoleSettings.class);

            assertThat(settings.port()).isEqualTo(9191);
            assertThat(settings.host()).isEqualTo("127.0.0.1");
        }
    }
}
