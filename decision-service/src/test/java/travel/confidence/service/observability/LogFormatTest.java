package travel.confidence.service.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The service's own logback.xml (not the tests'): readable text by default, one JSON object per line when
 * switched, and the request's correlation id on every line of both.
 */
class LogFormatTest {

    @Test
    void json_only_when_asked_for_and_text_for_anything_else() {
        assertThat(LogFormat.of("json")).isEqualTo("json");
        assertThat(LogFormat.of(" JSON ")).isEqualTo("json");
        assertThat(LogFormat.of(null)).isEqualTo("text");
        assertThat(LogFormat.of("text")).isEqualTo("text");
        assertThat(LogFormat.of("jsno")).isEqualTo("text");
    }

    @Test
    void text_lines_name_the_correlation_id_when_there_is_one() throws JoranException {
        String out = logWith("text", "trace-text-1");

        assertThat(out).contains("WARN").contains("[trace-text-1] - store slow: 1200 ms")
                .contains("no request here").doesNotContain("[]");
    }

    @Test
    void json_lines_are_json_objects_with_the_correlation_id_in_the_mdc() throws Exception {
        String out = logWith("json", "trace-json-1");
        String[] lines = out.strip().split("\n");

        assertThat(lines).hasSize(2);
        Map<String, Object> line = JsonMapper.createDefault()
                .readValue(lines[0], Argument.mapOf(String.class, Object.class));
        assertThat(line.get("level")).isEqualTo("WARN");
        assertThat(line.get("formattedMessage")).isEqualTo("store slow: 1200 ms");
        assertThat(line.get("loggerName")).isEqualTo("travel.confidence.example");
        assertThat(line.get("mdc")).isEqualTo(Map.of("correlationId", "trace-json-1"));
        assertThat(line).containsKeys("timestamp", "threadName");
    }

    /** Configures a fresh logging context from the service's logback.xml and returns what it writes to stdout. */
    private static String logWith(String format, String correlationId) throws JoranException {
        URL config = LogFormatTest.class.getClassLoader().getResource("logback.xml");
        assertThat(config).as("the service's logback.xml on the class path").isNotNull();
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String before = System.getProperty(LogFormat.PROPERTY);
        System.setProperty(LogFormat.PROPERTY, format);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(config);
            Logger logger = context.getLogger("travel.confidence.example");
            MDC.put("correlationId", correlationId);
            try {
                logger.warn("store slow: {} ms", 1200);
            } finally {
                MDC.remove("correlationId");
            }
            logger.info("no request here");
        } finally {
            context.stop();
            System.setOut(original);
            if (before == null) {
                System.clearProperty(LogFormat.PROPERTY);
            } else {
                System.setProperty(LogFormat.PROPERTY, before);
            }
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
