package travel.confidence.data.mongo;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when no MongoDB URI is configured, so the embedded server is the document store. */
public final class EmbeddedCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getProperty(MongoSettings.PREFIX + ".uri", String.class).map(String::isBlank).orElse(true);
    }
}
