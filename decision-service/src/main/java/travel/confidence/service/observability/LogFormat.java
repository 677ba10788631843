package travel.confidence.service.observability;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;

/**
 * Chooses the log format for {@code logback.xml}: {@code json} (one JSON object per line, for log collectors)
 * when the system property {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT} says so, else
 * {@code text} (readable lines, the default for {@code scripts/run}). Any other value means text, so a typo
 * never leaves the service without logs.
 */
public class LogFormat extends PropertyDefinerBase {

    static final String PROPERTY = "confidence.log-format";
    static final String ENVIRONMENT = "CONFIDENCE_LOG_FORMAT";

    @Override
    public String getPropertyValue() {
        String chosen = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return of(chosen);
    }

    static String of(String chosen) {
        return chosen != null && chosen.trim().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
